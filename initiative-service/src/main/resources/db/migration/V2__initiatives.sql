create table initiative (
    id         uuid primary key,
    panel_id   uuid not null references known_panel (id),
    -- Copied from the panel: the town decides who may read and change the initiative.
    city_code  text not null,
    title      text not null check (length(title) between 1 and 200),
    summary    text check (length(summary) between 1 and 4000),
    status     text not null check (status in ('DRAFT', 'PROPOSED', 'APPROVED', 'PILOTING',
                                               'UNDER_REVIEW', 'CONCLUDED', 'WITHDRAWN')),
    outcome    text check (outcome in ('ADOPTED', 'ADAPTED', 'DISCONTINUED')),
    conclusion text check (length(conclusion) between 1 and 4000),
    created_at timestamptz not null,
    created_by text not null,
    updated_at timestamptz not null,
    -- Optimistic locking (JPA @Version); a stale If-Match becomes 409.
    version    bigint not null default 0,
    -- Only a concluded initiative has an outcome, and then always with its conclusion.
    check ((status = 'CONCLUDED') = (outcome is not null)),
    check ((outcome is null) = (conclusion is null))
);

create index ix_initiative_city_created on initiative (city_code, created_at);
create index ix_initiative_panel on initiative (panel_id);

-- Every lifecycle step with who, when and why; the first row (from_status null) is the creation.
create table initiative_transition (
    id            bigserial primary key,     -- also the order of the steps
    initiative_id uuid not null references initiative (id),
    from_status   text,
    to_status     text not null,
    changed_by    text not null,
    changed_at    timestamptz not null,
    reason        text not null check (length(reason) between 1 and 1000)
);

create index ix_initiative_transition_initiative on initiative_transition (initiative_id, id);
