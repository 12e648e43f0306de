-- webhooks: integration clients' subscriptions to public events and their delivery log
-- (docs/webhooks.md).
create table webhook_subscription (
    id                   uuid primary key,
    -- token subject of the integration client (or network admin) that subscribed
    owner                text not null,
    target_url           text not null,
    event_types          text[] not null check (cardinality(event_types) > 0),
    -- the HMAC key (whsec_...), shown to the subscriber once, when created or rotated
    secret               text not null,
    status               text not null check (status in ('ACTIVE', 'PAUSED')),
    paused_reason        text,
    consecutive_failures integer not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint not null default 0
);
create index ix_webhook_subscription_owner on webhook_subscription (owner, created_at, id);
create index ix_webhook_subscription_active on webhook_subscription using gin (event_types)
    where status = 'ACTIVE';

create table webhook_delivery (
    id               uuid primary key,
    subscription_id  uuid not null references webhook_subscription (id) on delete cascade,
    event_id         text not null,
    event_type       text not null,
    -- the structured CloudEvent exactly as it is POSTed
    payload          text not null,
    status           text not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer not null default 0,
    last_status_code integer,
    last_error       text,
    next_attempt_at  timestamptz,
    delivered_at     timestamptz,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    unique (subscription_id, event_id)
);
create index ix_webhook_delivery_due on webhook_delivery (next_attempt_at)
    where status = 'PENDING';
create index ix_webhook_delivery_log on webhook_delivery (subscription_id, created_at desc, id);
