-- Notifications (docs/notifications.md): in-app messages per person, their e-mail preferences and
-- the e-mail outbox. People are Keycloak user ids (token subjects); no e-mail address is stored,
-- the relay looks it up in Keycloak when it sends.

-- One row per recipient and fact. kind + params are rendered in the reader's language by the SPA
-- (and by the mail templates); link is a relative SPA route.
create table notification (
    id              uuid primary key,
    recipient       text not null,
    kind            text not null,
    params          jsonb not null,
    link            text not null,
    source_event_id text not null,
    created_at      timestamptz not null,
    read_at         timestamptz,
    -- A redelivered event finds its notifications already there.
    constraint notification_once_per_event unique (source_event_id, recipient)
);
create index notification_inbox on notification (recipient, (read_at is null) desc, created_at desc);

-- Absent row: the defaults (e-mail on, no digest).
create table notification_preference (
    recipient     text primary key,
    email_enabled boolean not null,
    daily_digest  boolean not null,
    version       bigint not null,
    updated_at    timestamptz not null
);

-- E-mail outbox: written in the transaction that creates the notification (or the digest), sent
-- after commit by the relay, retried with back-off. Either one notification or one day's digest.
create table notification_mail (
    id              uuid primary key,
    recipient       text not null,
    notification_id uuid references notification (id) on delete cascade,
    digest_day      date,
    created_at      timestamptz not null,
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    sent_at         timestamptz,
    last_error      text,
    constraint notification_mail_one_subject check ((notification_id is null) <> (digest_day is null)),
    constraint notification_mail_one_digest_a_day unique (recipient, digest_day)
);
create index notification_mail_due on notification_mail (next_attempt_at) where sent_at is null;
