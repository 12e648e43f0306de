-- search: full-text search over published practices in every language of the network's towns.
--
-- unaccent ships with PostgreSQL's contrib (also in the zonky binaries the local stack runs) and is
-- a trusted extension: the database owner may create it.
create extension if not exists unaccent;

-- One text-search configuration per town language: PostgreSQL's own stemmer where it has one
-- (en, de, fr, it, nl, da, lt), simple otherwise (et, lv, sl, sq have no stemmer in PostgreSQL 15),
-- each folding accents first, so that "Besancon" finds "Besançon" and "kulturas" finds "kultūras".
-- A query is parsed with every configuration at once (see PracticeSearchSql).
create text search configuration practice_en (copy = pg_catalog.english);
alter text search configuration practice_en
    alter mapping for hword, hword_part, word with unaccent, english_stem;
create text search configuration practice_de (copy = pg_catalog.german);
alter text search configuration practice_de
    alter mapping for hword, hword_part, word with unaccent, german_stem;
create text search configuration practice_fr (copy = pg_catalog.french);
alter text search configuration practice_fr
    alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration practice_it (copy = pg_catalog.italian);
alter text search configuration practice_it
    alter mapping for hword, hword_part, word with unaccent, italian_stem;
create text search configuration practice_nl (copy = pg_catalog.dutch);
alter text search configuration practice_nl
    alter mapping for hword, hword_part, word with unaccent, dutch_stem;
create text search configuration practice_da (copy = pg_catalog.danish);
alter text search configuration practice_da
    alter mapping for hword, hword_part, word with unaccent, danish_stem;
create text search configuration practice_lt (copy = pg_catalog.lithuanian);
alter text search configuration practice_lt
    alter mapping for hword, hword_part, word with unaccent, lithuanian_stem;
create text search configuration practice_simple (copy = pg_catalog.simple);
alter text search configuration practice_simple
    alter mapping for hword, hword_part, word with unaccent, simple;

-- One row per published practice, written by PracticeSearchIndex in the transaction that publishes
-- or edits it, deleted with it. Denormalised: a search reads this table only.
create table practice_search (
    practice_id    uuid primary key references good_practice (id) on delete cascade,
    city_code      text not null,
    outcome        text not null,
    -- The original language (null while practices carry none) and every language indexed.
    language       text,
    languages      text[] not null default '{}',
    title          text not null,
    summary        text,
    themes         text[] not null default '{}',
    target_groups  text[] not null default '{}',
    sdg_targets    text[] not null default '{}',
    -- 0 until transfers exist; kept so that the facet and the sort need no change then.
    transfer_count integer not null default 0 check (transfer_count >= 0),
    has_transfers  boolean generated always as (transfer_count > 0) stored,
    published_at   timestamptz not null,
    -- Title (weight A), summary (B) and the other texts (C) of each language, each parsed with its
    -- language's configuration.
    document       tsvector not null
);

create index ix_practice_search_document on practice_search using gin (document);
create index ix_practice_search_themes on practice_search using gin (themes);
create index ix_practice_search_target_groups on practice_search using gin (target_groups);
create index ix_practice_search_sdg_targets on practice_search using gin (sdg_targets);
create index ix_practice_search_city on practice_search (city_code);
-- The two orders without a text: newest first, most transferred first; the id breaks ties.
create index ix_practice_search_recent on practice_search (published_at desc, practice_id);
create index ix_practice_search_transfers
    on practice_search (transfer_count desc, published_at desc, practice_id);
