-- Stratified sortition: one candidate pool per panel, its candidates, and the draws run on it.

-- The pool of a panel: the quotas (feature, value, min, max), the number of seats, whether at most
-- one person per household may be drawn, and which address columns make a household. Its version
-- moves on every change of the pool or of its candidates: a draw records the version it ran on.
create table sortition_pool (
    panel_id          uuid primary key references panel (id),
    city_code         text not null,
    seats             integer not null default 0 check (seats between 0 and 1000),
    one_per_household boolean not null default false,
    address_columns   text[] not null default '{}',
    quotas            jsonb not null default '[]',
    updated_at        timestamptz not null,
    version           bigint not null default 0
);

-- Candidates of a pool. display_name, email, phone, address and features are personal data: they
-- never leave this service except to those who manage the pool. A population_group feature is
-- kept only with consent (consent_recorded_at and the consent text's version).
create table sortition_candidate (
    id                     uuid primary key,
    panel_id               uuid not null references sortition_pool (panel_id),
    external_id            text check (length(external_id) between 1 and 100),
    display_name           text not null check (length(display_name) between 1 and 200),
    email                  text check (length(email) <= 254),
    phone                  text check (length(phone) <= 50),
    address                jsonb not null default '{}',
    features               jsonb not null default '{}',
    consent_recorded_at    timestamptz,
    consent_text_version   text check (length(consent_text_version) between 1 and 50),
    -- The panel member a confirmed draw made of this candidate: links the candidacy to the person
    -- for export and erasure.
    member_id              uuid references panel_member (id),
    erased_at              timestamptz,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint not null default 0,
    constraint ck_sortition_candidate_consent_pair
        check ((consent_recorded_at is null) = (consent_text_version is null)),
    constraint ck_sortition_candidate_groups_need_consent
        check (not (features ? 'population_group') or consent_recorded_at is not null)
);

create index ix_sortition_candidate_panel on sortition_candidate (panel_id, created_at);
create index ix_sortition_candidate_member on sortition_candidate (member_id);

-- The audit trail of a draw: what went in (the pool version and the SHA-256 digest of the
-- canonical inputs, docs/sortition.md), the seed, the algorithm version, what came out (every
-- candidate's selection probability keyed by candidate id, the sampled panel), who and when.
-- Probabilities are kept by id only, so erasing a candidate leaves the audit intact.
create table sortition_draw (
    id                 uuid primary key,
    panel_id           uuid not null references sortition_pool (panel_id),
    city_code          text not null,
    pool_version       bigint not null,
    status             text not null check (status in
                           ('RUNNING', 'DONE', 'FAILED', 'CONFIRMED', 'DISCARDED')),
    phase              text,
    progress_done      integer not null default 0,
    progress_total     integer not null default 0,
    seed               bigint not null,
    seed_given         boolean not null,
    inputs_digest      text not null check (inputs_digest ~ '^[0-9a-f]{64}$'),
    algorithm_version  text,
    seats              integer not null,
    candidate_count    integer not null,
    probabilities      jsonb,
    selected           jsonb,
    failure            jsonb,
    requested_by       text not null,
    requested_at       timestamptz not null,
    finished_at        timestamptz,
    decided_by         text,
    decided_at         timestamptz,
    updated_at         timestamptz not null,
    version            bigint not null default 0
);

create index ix_sortition_draw_panel on sortition_draw (panel_id, requested_at);
-- One confirmed draw per pool version.
create unique index uq_sortition_draw_confirmed on sortition_draw (panel_id, pool_version)
    where status = 'CONFIRMED';
