-- A Keycloak account signs in as one member of a panel at a time: two active periods of the same
-- panel linked to the same account would make "my membership" ambiguous. Periods that ended keep
-- their link as history.
create unique index ux_panel_member_active_account
    on panel_member (panel_id, keycloak_user_id)
    where left_at is null and keycloak_user_id is not null;
