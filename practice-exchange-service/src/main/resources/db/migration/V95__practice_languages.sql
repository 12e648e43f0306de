-- A practice worth reading (issue 10 item 1): the original language of its text, its classification
-- (themes, target groups, SDG targets from the network's vocabulary, the contact role) and marked
-- translations of its text into the other network languages.

-- Null language: a practice drafted before languages were recorded; it reads as English (the
-- network's working language) until its town names the language.
alter table good_practice
    add column language text check (language in ('en', 'da', 'de', 'et', 'fr', 'it', 'lt', 'lv', 'nl', 'sl', 'sq')),
    add column themes text[] not null default '{}',
    add column target_groups text[] not null default '{}',
    add column sdg_targets text[] not null default '{}',
    -- A role or an office to ask ("integration office, welcome desk"), never a person.
    add column contact_role text check (length(contact_role) between 1 and 200);

-- One translation per practice and language, field by field; a blank field falls back to the
-- original. Who translated is recorded as capacity and town, never as a person.
create table practice_translation (
    id                 uuid primary key,
    practice_id        uuid not null references good_practice (id) on delete cascade,
    language           text not null check (language in ('en', 'da', 'de', 'et', 'fr', 'it', 'lt', 'lv', 'nl', 'sl', 'sq')),
    title              text check (length(title) between 1 and 200),
    summary            text check (length(summary) <= 2000),
    context            text check (length(context) <= 8000),
    approach           text check (length(approach) <= 8000),
    results            text check (length(results) <= 8000),
    resources          text check (length(resources) <= 8000),
    transferability    text check (length(transferability) <= 8000),
    lessons            text check (length(lessons) <= 8000),
    translated_by_role text not null check (translated_by_role in ('CITY_COORDINATOR', 'NETWORK_ADMIN')),
    translated_by_city text,
    translated_at      timestamptz not null,
    constraint uq_practice_translation_language unique (practice_id, language)
);
