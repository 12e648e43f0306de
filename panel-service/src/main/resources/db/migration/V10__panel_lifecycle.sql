-- A panel's lifecycle (FORMING → ACTIVE → CLOSED) and its term.
alter table panel
    add column status text not null default 'FORMING'
        check (status in ('FORMING', 'ACTIVE', 'CLOSED')),
    add column term_start date,
    add column term_end date,
    add column status_changed_at timestamptz,
    add constraint ck_panel_term check ((term_start is null) = (term_end is null)
                                        and (term_end is null or term_end > term_start));

-- At most one ACTIVE panel per town. The service checks first to name the active panel in its
-- answer; this index stops two concurrent activations.
create unique index uq_panel_active_per_town on panel (city_code) where status = 'ACTIVE';

-- What the town asks of its panel, one text per language of the network.
create table panel_mandate (
    panel_id uuid not null references panel (id) on delete cascade,
    language text not null
             check (language in ('en', 'da', 'de', 'et', 'fr', 'it', 'lt', 'lv', 'nl', 'sl', 'sq')),
    text     text not null check (length(text) between 1 and 4000),
    primary key (panel_id, language)
);
