-- When a panel (its texts or its membership) and a member last changed: lists filter on it
-- (updatedSince) and summaries show it. The service always sets it; the default serves rows
-- written by hand.
alter table panel add column updated_at timestamptz not null default now();
update panel set updated_at = created_at;
create index ix_panel_updated_at on panel (updated_at);

alter table panel_member add column updated_at timestamptz not null default now();
update panel_member set updated_at = joined_at;
