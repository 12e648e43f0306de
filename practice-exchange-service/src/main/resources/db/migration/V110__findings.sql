-- Common findings and recommendations (issue 11 items 1 and 2, docs/findings.md): network-level
-- statements backed by evidence from at least two towns, and what the network recommends to an
-- audience on the strength of them. Who wrote, translated or revised is kept as a capacity and a
-- town, never as a person: nothing here is personal data.

create table common_finding (
    id              uuid primary key,
    -- The proposing coordinator's town; null when the network admin wrote it.
    city_code       text,
    status          text not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    language        text not null check (language in ('en', 'da', 'de', 'et', 'fr', 'it', 'lt', 'lv', 'nl', 'sl', 'sq')),
    statement       text not null check (length(statement) between 1 and 500),
    explanation     text check (length(explanation) <= 8000),
    themes          text[] not null default '{}',
    sdg_targets     text[] not null default '{}',
    -- [{"kind": "PRACTICE", "id": "..."}, ...]: resolved against practices and transfers when read.
    evidence        jsonb not null default '[]',
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    published_at    timestamptz,
    withdrawn_at    timestamptz,
    withdraw_reason text check (length(withdraw_reason) <= 2000),
    version         bigint not null default 0
);
create index ix_common_finding_status on common_finding (status, published_at desc);

create table finding_translation (
    id                 uuid primary key,
    finding_id         uuid not null references common_finding (id) on delete cascade,
    language           text not null check (language in ('en', 'da', 'de', 'et', 'fr', 'it', 'lt', 'lv', 'nl', 'sl', 'sq')),
    statement          text check (length(statement) between 1 and 500),
    explanation        text check (length(explanation) <= 8000),
    translated_by_role text not null check (translated_by_role in ('CITY_COORDINATOR', 'NETWORK_ADMIN')),
    translated_by_city text,
    translated_at      timestamptz not null,
    constraint uq_finding_translation_language unique (finding_id, language)
);

create table finding_revision (
    id              bigint generated always as identity primary key,
    finding_id      uuid not null references common_finding (id) on delete cascade,
    number          int not null,
    kind            text not null check (kind in ('PUBLICATION', 'EDIT')),
    language        text not null,
    statement       text not null,
    explanation     text,
    evidence        jsonb not null,
    revised_by_role text not null,
    revised_at      timestamptz not null,
    constraint uq_finding_revision_number unique (finding_id, number)
);

create table recommendation (
    id              uuid primary key,
    city_code       text,
    status          text not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    audience        text not null check (audience in ('LOCAL_AUTHORITIES', 'NATIONAL_POLICY_MAKERS', 'EU_INSTITUTIONS', 'CIVIL_SOCIETY_ORGANISATIONS')),
    language        text not null check (language in ('en', 'da', 'de', 'et', 'fr', 'it', 'lt', 'lv', 'nl', 'sl', 'sq')),
    title           text not null check (length(title) between 1 and 200),
    summary         text check (length(summary) <= 8000),
    actions         jsonb not null default '[]',
    finding_ids     jsonb not null default '[]',
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    published_at    timestamptz,
    withdrawn_at    timestamptz,
    withdraw_reason text check (length(withdraw_reason) <= 2000),
    version         bigint not null default 0
);
create index ix_recommendation_status on recommendation (status, published_at desc);

create table recommendation_translation (
    id                 uuid primary key,
    recommendation_id  uuid not null references recommendation (id) on delete cascade,
    language           text not null check (language in ('en', 'da', 'de', 'et', 'fr', 'it', 'lt', 'lv', 'nl', 'sl', 'sq')),
    title              text check (length(title) between 1 and 200),
    summary            text check (length(summary) <= 8000),
    actions            jsonb not null default '[]',
    translated_by_role text not null check (translated_by_role in ('CITY_COORDINATOR', 'NETWORK_ADMIN')),
    translated_by_city text,
    translated_at      timestamptz not null,
    constraint uq_recommendation_translation_language unique (recommendation_id, language)
);

-- One endorsement per town and recommendation; the town, never the person who clicked.
create table recommendation_endorsement (
    id                uuid primary key,
    recommendation_id uuid not null references recommendation (id) on delete cascade,
    city_code         text not null,
    endorsed_at       timestamptz not null,
    constraint uq_recommendation_endorsement_town unique (recommendation_id, city_code)
);
