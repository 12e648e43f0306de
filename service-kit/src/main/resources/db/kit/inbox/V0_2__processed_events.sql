-- Shipped by service-kit (flyway location db/kit/inbox, in every service that consumes events).
-- Consumer side of "at most once": an event id is recorded in the transaction of its effect.
create table processed_event (
    event_id     text primary key,
    type         text not null,
    processed_at timestamptz not null
);
