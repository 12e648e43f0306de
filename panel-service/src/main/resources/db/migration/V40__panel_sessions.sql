-- Meetings of a panel. Attendance names members by id only (present, apologies); names stay in
-- panel_member. An erasure (GDPR Art. 17) removes a member's id and counts them in erased_*.
create table panel_session (
    id                     uuid primary key,
    panel_id               uuid not null references panel (id),
    -- Copied from the panel: the town decides who may read and change the session.
    city_code              text not null,
    starts_at              timestamptz not null,
    place                  text check (length(place) between 1 and 300),
    -- http or https only (checked by the service; the prefix here is the backstop).
    online_url             text check (length(online_url) between 1 and 2000
                                       and online_url ~* '^https?://'),
    agenda                 text[] not null default '{}'
                           check (array_position(agenda, null) is null),
    minutes                text check (length(minutes) between 1 and 20000),
    status                 text not null check (status in ('PLANNED', 'HELD', 'CANCELLED')),
    attendance_recorded_at timestamptz,
    present                uuid[] not null default '{}',
    apologies              uuid[] not null default '{}',
    erased_present         integer not null default 0 check (erased_present >= 0),
    erased_apologies       integer not null default 0 check (erased_apologies >= 0),
    eligible_at_hold       integer check (eligible_at_hold >= 0),
    held_at                timestamptz,
    cancelled_at           timestamptz,
    created_at             timestamptz not null,
    created_by             text not null,
    updated_at             timestamptz not null,
    -- Optimistic locking (JPA @Version).
    version                bigint not null default 0,
    check (place is not null or online_url is not null),
    -- Held only with recorded attendance; the quorum of a held session is fixed.
    check ((status = 'HELD') = (held_at is not null)),
    check ((status = 'HELD') = (eligible_at_hold is not null)),
    check (status <> 'HELD' or attendance_recorded_at is not null),
    check ((status = 'CANCELLED') = (cancelled_at is not null))
);

create index ix_panel_session_panel on panel_session (panel_id, starts_at);
-- Erasure and export find a member's sessions by id.
create index ix_panel_session_present on panel_session using gin (present);
create index ix_panel_session_apologies on panel_session using gin (apologies);

create table panel_session_decision (
    session_id    uuid not null references panel_session (id),
    position      integer not null,
    text          text not null check (length(text) between 1 and 2000),
    -- An initiative of initiative-service: another service's id, so no foreign key.
    initiative_id uuid,
    primary key (session_id, position)
);
