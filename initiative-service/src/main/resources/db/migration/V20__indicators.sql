-- Indicators of an initiative and their dated measurements. No personal data: no names, no
-- accounts, only what was measured, when, and from which source.
create table indicator (
    id            uuid primary key,
    initiative_id uuid not null references initiative (id) on delete cascade,
    -- Copied from the initiative: the town decides who may read and change the indicator.
    city_code     text not null,
    name          text not null check (length(name) between 1 and 200),
    unit          text not null check (length(unit) between 1 and 40),
    baseline      numeric(19, 4) not null,
    target        numeric(19, 4) not null,
    direction     text not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint not null default 0,
    -- The target lies on the better side of the baseline.
    check ((direction = 'HIGHER_IS_BETTER' and target > baseline)
        or (direction = 'LOWER_IS_BETTER' and target < baseline))
);

create index ix_indicator_initiative on indicator (initiative_id, created_at);

create table indicator_measurement (
    id           uuid primary key,
    indicator_id uuid not null references indicator (id) on delete cascade,
    measured_on  date not null,
    value        numeric(19, 4) not null,
    source       text not null check (length(source) between 1 and 200),
    note         text check (length(note) between 1 and 1000),
    recorded_at  timestamptz not null
);

create index ix_indicator_measurement_indicator on indicator_measurement (indicator_id, measured_on);
