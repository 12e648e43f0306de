-- Members of a Local Panel of Stakeholders. display_name, organisation and population_groups are
-- personal data: they never leave this service (not in events, not in public views).
create table panel_member (
    id                   uuid primary key,
    panel_id             uuid not null references panel (id),
    display_name         text not null check (length(display_name) between 1 and 200),
    stakeholder_category text not null check (stakeholder_category in (
                             'CITIZEN', 'CITIZENS_ORGANISATION', 'NON_PROFIT_ORGANISATION',
                             'CIVIL_SOCIETY_ORGANISATION', 'EXPERT', 'OFFICIAL',
                             'LOCAL_AUTHORITY')),
    organisation         text check (length(organisation) between 1 and 200),
    -- Self-declared and sensitive: the groups a member speaks for, only with recorded consent.
    population_groups    text[] not null default '{}'
                         constraint ck_panel_member_population_groups check (
                             population_groups <@ array['NATIVE', 'EXPAT', 'NEWLY_ARRIVED_MIGRANT',
                                                        'PRECARIOUS_OR_VULNERABLE']::text[]
                             and array_position(population_groups, null) is null),
    consent_recorded_at  timestamptz,
    joined_at            timestamptz not null,
    -- Optimistic locking (JPA @Version).
    version              bigint not null default 0,
    constraint ck_panel_member_groups_need_consent
        check (cardinality(population_groups) = 0 or consent_recorded_at is not null)
);

create index ix_panel_member_panel on panel_member (panel_id, joined_at);
