-- Validation by the network: DRAFT → SUBMITTED → PUBLISHED, or RETURNED with reasons to the town,
-- which reworks and submits again; a published practice may be unpublished (back to RETURNED).
alter table good_practice drop constraint good_practice_status_check;
alter table good_practice add constraint good_practice_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED'));

-- Who took which validation step when, and why for a return or an unpublication.
create table practice_validation_step (
    id          bigint generated always as identity primary key,
    practice_id uuid not null references good_practice (id) on delete cascade,
    step        text not null check (step in ('SUBMITTED', 'RETURNED', 'PUBLISHED', 'UNPUBLISHED')),
    reason      text check (length(reason) between 1 and 2000),
    -- Token subject (username) of whoever took the step.
    taken_by    text not null,
    taken_at    timestamptz not null,
    check ((step in ('RETURNED', 'UNPUBLISHED')) = (reason is not null))
);

create index ix_practice_validation_step_practice on practice_validation_step (practice_id, id);

-- The text of a practice at each publication and each later edit of the published practice.
create table practice_revision (
    id              bigint generated always as identity primary key,
    practice_id     uuid not null references good_practice (id) on delete cascade,
    number          integer not null check (number >= 1),
    kind            text not null check (kind in ('PUBLICATION', 'EDIT')),
    title           text not null check (length(title) between 1 and 200),
    summary         text check (length(summary) <= 2000),
    context         text check (length(context) <= 8000),
    approach        text check (length(approach) <= 8000),
    results         text check (length(results) <= 8000),
    resources       text check (length(resources) <= 8000),
    transferability text check (length(transferability) <= 8000),
    lessons         text check (length(lessons) <= 8000),
    -- Token subject (username) of whoever published or edited.
    revised_by      text not null,
    revised_at      timestamptz not null,
    constraint uq_practice_revision_number unique (practice_id, number)
);

-- Practices published before validation existed start their history with that publication.
insert into practice_revision (practice_id, number, kind, title, summary, context, approach,
                               results, resources, transferability, lessons, revised_by, revised_at)
select id, 1, 'PUBLICATION', title, summary, context, approach, results, resources,
       transferability, lessons, 'before-validation', published_at
from good_practice
where status = 'PUBLISHED';
