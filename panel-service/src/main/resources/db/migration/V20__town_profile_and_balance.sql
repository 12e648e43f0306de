-- Towns: the languages spoken in the town's panel work (ISO 639-1), coordinates for the public
-- map and the demographic baseline the balance compares panels with. The groups overlap, so the
-- shares need not add up to 100. A version for If-Match, as every edited resource has.
alter table city
    add column languages text[] not null default '{}'
        constraint ck_city_languages check (
            cardinality(languages) <= 20
            and array_position(languages, null) is null
            and array_to_string(languages, ',') ~ '^([a-z]{2}(,[a-z]{2})*)?$'),
    add column latitude numeric(8, 5) check (latitude between -90 and 90),
    add column longitude numeric(8, 5) check (longitude between -180 and 180),
    add column baseline_native numeric(4, 1) check (baseline_native between 0 and 100),
    add column baseline_expat numeric(4, 1) check (baseline_expat between 0 and 100),
    add column baseline_newly_arrived_migrant numeric(4, 1)
        check (baseline_newly_arrived_migrant between 0 and 100),
    add column baseline_precarious_or_vulnerable numeric(4, 1)
        check (baseline_precarious_or_vulnerable between 0 and 100),
    add column baseline_source text check (length(baseline_source) between 1 and 300),
    add column baseline_year integer check (baseline_year between 1900 and 2100),
    add column updated_at timestamptz not null default now(),
    add column version bigint not null default 0,
    add constraint ck_city_coordinates_pair check ((latitude is null) = (longitude is null)),
    add constraint ck_city_baseline_sourced check (
        (baseline_native is null and baseline_expat is null
         and baseline_newly_arrived_migrant is null and baseline_precarious_or_vulnerable is null)
        or (baseline_source is not null and baseline_year is not null));

-- The town's main language is a language of its panel work.
update city set languages = array[split_part(default_language, '-', 1)];

-- The balance rules, versioned: a change adds a row, the current rules are the latest row, the
-- history stays readable. Version 1 holds the network's defaults.
create table balance_rules (
    version                    integer primary key check (version >= 1),
    pillar_min_percent         integer not null check (pillar_min_percent between 0 and 25),
    pillar_max_percent         integer not null check (pillar_max_percent between 25 and 100),
    every_group_voiced         boolean not null,
    baseline_tolerance_percent integer check (baseline_tolerance_percent between 1 and 100),
    minimum_members            integer check (minimum_members between 1 and 500),
    changed_at                 timestamptz not null,
    -- Subject of the admin's token: kept for audit, never shown to the public.
    changed_by                 text not null
);
insert into balance_rules (version, pillar_min_percent, pillar_max_percent, every_group_voiced,
                           changed_at, changed_by)
values (1, 15, 40, true, now(), 'migration V20');

-- The current assessment of each panel, recomputed in the transaction of every change it depends
-- on. The assessment is the service's JSON of it (read back only by the service, hence text): it
-- holds counts per population group, which only coordinators and admins see whole.
create table panel_balance (
    panel_id      uuid primary key references panel (id),
    score         integer not null check (score between 0 and 100),
    rules_version integer not null references balance_rules (version),
    assessment    text not null,
    assessed_at   timestamptz not null
);
