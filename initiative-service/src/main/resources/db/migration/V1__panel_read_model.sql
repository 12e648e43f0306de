-- What this service knows about the panels of panel-service, learnt from panel-events only
-- (no service reads another's database). An initiative can only be started for a known panel.
create table known_panel (
    id            uuid primary key,
    city_code     text not null check (length(city_code) between 1 and 64),
    name          text not null,
    first_seen_at timestamptz not null
);

-- Consumer side of "applied at most once": one row per applied event id, written in the
-- transaction of the event's effect.
create table processed_event (
    event_id     text primary key,
    type         text not null,
    processed_at timestamptz not null
);
