-- What this service knows about the panels of panel-service, learnt from panel-events only
-- (no service reads another's database). An initiative can only be started for a known panel.
create table known_panel (
    id            uuid primary key,
    city_code     text not null check (length(city_code) between 1 and 64),
    name          text not null,
    first_seen_at timestamptz not null
);
