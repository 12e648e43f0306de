create table panel (
    id          uuid primary key,
    city_code   text not null references city (code),
    name        text not null check (length(name) between 1 and 200),
    description text check (length(description) <= 2000),
    created_at  timestamptz not null,
    created_by  text not null,
    -- Optimistic locking (JPA @Version); a stale If-Match becomes 409.
    version     bigint not null default 0
);

-- One name per town, ignoring case; the service maps a violation to 409.
create unique index uq_panel_city_name on panel (city_code, lower(name));
create index ix_panel_created_at on panel (created_at);
