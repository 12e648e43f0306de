-- Partner towns of the network. The code is the stable natural key used in URLs and in the
-- `city` claim of access tokens, so it is constrained to a lower-case ASCII slug.
create table city (
    code             text primary key
                     check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 64),
    name             text not null check (length(name) between 1 and 200),
    country_code     char(2) not null check (country_code ~ '^[A-Z]{2}$'),
    country_name     text not null check (length(country_name) between 1 and 200),
    -- BCP 47 tag, fallback language of the town's user-facing texts.
    default_language text not null check (default_language ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
    -- IANA zone in which the town's local dates (panel sessions) are meant.
    time_zone        text not null,
    created_at       timestamptz not null default now(),
    unique (country_code, name)
);
