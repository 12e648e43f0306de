-- A discontinued initiative is drafted too, written up as what did not work (docs/practices.md).
alter table good_practice drop constraint good_practice_outcome_check;
alter table good_practice add constraint good_practice_outcome_check
    check (outcome in ('ADOPTED', 'ADAPTED', 'DISCONTINUED'));
