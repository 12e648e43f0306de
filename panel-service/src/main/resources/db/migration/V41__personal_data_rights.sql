-- Who viewed or changed whose personal data (GDPR Art. 5(2), accountability). Rows hold ids
-- only; an erasure replaces the erased person's own actor id with 'erased' and keeps the row.
-- Retention: docs/personal-data.md.
create table personal_data_audit (
    id           bigserial primary key,
    at           timestamptz not null,
    -- Token subject of who did it.
    actor_id     text not null,
    access       text not null check (access in ('VIEWED', 'CHANGED')),
    subject_kind text not null check (length(subject_kind) between 1 and 64),
    subject_id   uuid not null,
    -- The panel the record belongs to, so a town's coordinators see their panel's rows.
    panel_id     uuid references panel (id),
    what         text not null check (length(what) between 1 and 200)
);

create index ix_personal_data_audit_panel on personal_data_audit (panel_id, id);
create index ix_personal_data_audit_actor on personal_data_audit (actor_id);

-- Each erasure of a panel member, once: who asked for it, why, when. Makes the request
-- idempotent (a repeat answers the first erasure).
create table member_erasure (
    member_id  uuid primary key references panel_member (id),
    panel_id   uuid not null references panel (id),
    erased_at  timestamptz not null,
    erased_by  text not null,
    reason     text not null check (length(reason) between 1 and 1000)
);
