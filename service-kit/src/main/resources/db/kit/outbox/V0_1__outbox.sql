-- Shipped by service-kit (flyway location db/kit/outbox, in every service). Version 0.x so that
-- it never collides with a service's own V1, V2, ... in the same history table.
-- Transactional outbox: each row is a full CloudEvent written in the transaction of the change
-- it announces, relayed to Kafka in seq order and then stamped with published_at.
create table outbox_event (
    id           uuid primary key,            -- the CloudEvent id
    seq          bigserial not null unique,   -- relay order (insertion order)
    aggregate_id uuid not null,               -- CloudEvent subject and Kafka key
    type         text not null,
    payload      jsonb not null,
    created_at   timestamptz not null,
    published_at timestamptz
);

create index ix_outbox_event_unpublished on outbox_event (seq) where published_at is null;
