-- Initiative content: original language and marked translations of title and summary, themes,
-- target groups, SDG targets, budget, partner organisations and milestones (docs/initiatives.md).
-- title and summary stay the texts in the original language.
alter table initiative
    add column language text not null default 'en'
        check (language in ('en', 'da', 'de', 'et', 'fr', 'it', 'lt', 'lv', 'nl', 'sl', 'sq')),
    add column budget_amount numeric(14, 2) check (budget_amount >= 0),
    add column budget_currency text check (budget_currency ~ '^[A-Z]{3}$'),
    add constraint ck_initiative_budget_whole check ((budget_amount is null) = (budget_currency is null));
alter table initiative alter column language drop default;

-- A DRAFT may be deleted: its steps and content go with it.
alter table initiative_transition
    drop constraint initiative_transition_initiative_id_fkey,
    add constraint initiative_transition_initiative_id_fkey
        foreign key (initiative_id) references initiative (id) on delete cascade;

create table initiative_title_translation (
    initiative_id uuid not null references initiative (id) on delete cascade,
    language      text not null,
    title         text not null check (length(title) between 1 and 200),
    primary key (initiative_id, language)
);

create table initiative_summary_translation (
    initiative_id uuid not null references initiative (id) on delete cascade,
    language      text not null,
    summary       text not null check (length(summary) between 1 and 4000),
    primary key (initiative_id, language)
);

create table initiative_theme (
    initiative_id uuid not null references initiative (id) on delete cascade,
    theme         text not null check (theme in ('LANGUAGE_AND_EDUCATION', 'EMPLOYMENT', 'HOUSING',
        'HEALTH', 'CULTURE_AND_SPORT', 'CIVIC_PARTICIPATION', 'ANTI_DISCRIMINATION', 'PUBLIC_SPACE',
        'DIGITAL_INCLUSION')),
    primary key (initiative_id, theme)
);
create index ix_initiative_theme_theme on initiative_theme (theme, initiative_id);

create table initiative_target_group (
    initiative_id uuid not null references initiative (id) on delete cascade,
    target_group  text not null check (target_group in ('NATIVE', 'EXPAT', 'NEWLY_ARRIVED_MIGRANT',
        'PRECARIOUS_OR_VULNERABLE')),
    primary key (initiative_id, target_group)
);
create index ix_initiative_target_group_group on initiative_target_group (target_group, initiative_id);

create table initiative_sdg_target (
    initiative_id uuid not null references initiative (id) on delete cascade,
    target        text not null check (target ~ '^1[01]\.([1-7]|[abc])$'),
    primary key (initiative_id, target)
);
create index ix_initiative_sdg_target_target on initiative_sdg_target (target, initiative_id);

create table initiative_partner (
    initiative_id uuid not null references initiative (id) on delete cascade,
    position      integer not null,
    name          text not null check (length(name) between 1 and 200),
    primary key (initiative_id, position)
);

create table initiative_milestone (
    initiative_id uuid not null references initiative (id) on delete cascade,
    position      integer not null,
    title         text not null check (length(title) between 1 and 200),
    due_on        date not null,
    done          boolean not null,
    primary key (initiative_id, position)
);

create index ix_initiative_city_updated on initiative (city_code, updated_at);
create index ix_initiative_city_status on initiative (city_code, status);
