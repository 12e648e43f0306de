-- A panel_member row is one membership period: leaving closes it (left_at, reason) and keeps it
-- as history; a person who comes back gets a new period. Consent to the recording of population
-- groups names the version of the consent text the member agreed to.
alter table panel_member
    add column role text not null default 'MEMBER'
        check (role in ('CHAIR', 'MEMBER', 'OBSERVER')),
    add column left_at timestamptz,
    add column leave_reason text check (length(leave_reason) between 1 and 500),
    add column consent_text_version text check (consent_text_version ~ '^consent-v[0-9]+$'),
    add column consent_withdrawn_at timestamptz,
    add column keycloak_user_id uuid,
    add column erased_at timestamptz,
    add constraint ck_panel_member_left_after_join check (left_at is null or left_at >= joined_at),
    add constraint ck_panel_member_reason_only_when_left
        check (leave_reason is null or left_at is not null);

update panel_member set consent_text_version = 'consent-v1' where consent_recorded_at is not null;

alter table panel_member
    add constraint ck_panel_member_consent_names_version
        check ((consent_recorded_at is null) = (consent_text_version is null));

-- One chair at a time, and one open period per linked person in a panel.
create unique index uq_panel_member_chair on panel_member (panel_id)
    where role = 'CHAIR' and left_at is null;
create unique index uq_panel_member_open_account on panel_member (panel_id, keycloak_user_id)
    where left_at is null and keycloak_user_id is not null;
create index ix_panel_member_keycloak_user on panel_member (keycloak_user_id)
    where keycloak_user_id is not null;
