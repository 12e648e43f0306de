-- What a concluded initiative taught, written for the other towns of the network.
create table good_practice (
    id                   uuid primary key,
    -- Town code as carried by initiative-events and the `city` claim of access tokens.
    city_code            text not null
                         check (city_code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(city_code) <= 64),
    -- At most one practice per initiative, however often its conclusion is announced.
    source_initiative_id uuid not null constraint uq_good_practice_source_initiative unique,
    outcome              text not null check (outcome in ('ADOPTED', 'ADAPTED')),
    title                text not null check (length(title) between 1 and 200),
    summary              text check (length(summary) <= 2000),
    context              text check (length(context) <= 8000),
    approach             text check (length(approach) <= 8000),
    results              text check (length(results) <= 8000),
    resources            text check (length(resources) <= 8000),
    transferability      text check (length(transferability) <= 8000),
    lessons              text check (length(lessons) <= 8000),
    status               text not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    published_at         timestamptz,
    -- Optimistic locking (JPA @Version); a stale If-Match becomes 409.
    version              bigint not null default 0,
    check ((status = 'PUBLISHED') = (published_at is not null))
);

create index ix_good_practice_city_status on good_practice (city_code, status);
create index ix_good_practice_status_published_at on good_practice (status, published_at);
