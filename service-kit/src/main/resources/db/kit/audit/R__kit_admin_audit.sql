-- Audit of administrative changes (eu.cohesion.kit.audit.AdminAudit): who changed what, when.
-- Written in the change's own transaction by the kit's ChangeGate, so a row exists exactly when
-- the change committed. Repeatable and re-runnable for the reason given in R__kit_http_idempotency_keys.sql.
CREATE TABLE IF NOT EXISTS admin_audit (
    id           BIGSERIAL    PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the actor's Keycloak user id (token subject), 'erased' after the person's erasure
    actor        VARCHAR(255) NOT NULL,
    -- the actor's Cohesion roles at the time, comma-separated (network-admin, city-coordinator, ...)
    actor_roles  VARCHAR(255) NOT NULL,
    -- the permission-table action, e.g. EDIT_CITY, EDIT_BALANCE_RULES
    action       VARCHAR(64)  NOT NULL,
    -- what was changed: the resource name and the aggregate's id, its town and its new version
    resource     VARCHAR(64)  NOT NULL,
    aggregate_id VARCHAR(255) NOT NULL,
    city         VARCHAR(64),
    version      BIGINT
);

CREATE INDEX IF NOT EXISTS admin_audit_at ON admin_audit (at DESC, id DESC);
CREATE INDEX IF NOT EXISTS admin_audit_aggregate ON admin_audit (aggregate_id);
CREATE INDEX IF NOT EXISTS admin_audit_actor ON admin_audit (actor);
