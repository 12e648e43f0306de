-- What invalidates the public read cache (eu.cohesion.kit.readcache): after any statement that
-- changes a table of the service, a notification on channel kit_read_cache. PostgreSQL delivers
-- it only when the transaction commits, and to every replica that listens, whatever wrote the rows
-- (a request, a consumer, a scheduled job, a migration, an operator's SQL).
--
-- The kit's bookkeeping tables are left out: they change on every request or event without
-- changing anything a public read shows. Every other table of the schema gets the trigger, also
-- one a later migration adds: this script holds ${flyway:timestamp}, so Flyway runs it again
-- after every migration run (eu.cohesion.kit.readcache tests that no table is missed).
CREATE OR REPLACE FUNCTION kit_read_cache_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- One payload for every change: equal notifications of one transaction fold into one.
    PERFORM pg_notify('kit_read_cache', '');
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT tablename FROM pg_tables
        WHERE schemaname = current_schema()
          AND tablename NOT IN ('flyway_schema_history', 'outbox_event', 'processed_event',
                                'idempotency_keys', 'admin_audit')
    LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER kit_read_cache_changed'
                       ' AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION kit_read_cache_changed()',
                       t.tablename);
    END LOOP;
END
$$;

-- Run at ${flyway:timestamp}.
