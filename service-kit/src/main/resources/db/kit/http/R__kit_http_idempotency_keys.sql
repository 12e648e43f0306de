-- Idempotency-Key records of the service kit (eu.cohesion.kit.http.IdempotencyKeys).
-- A repeatable migration written to be re-runnable: it never takes a version number, so it cannot
-- collide with a service's own V1, V2, ... nor block one added later (a high version such as V900
-- would make Flyway refuse every lower version that a service adds afterwards).
CREATE TABLE IF NOT EXISTS idempotency_keys (
    caller          VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    method          VARCHAR(10)  NOT NULL,
    path            VARCHAR(2048) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    -- null while the first request is still being handled
    response_status INTEGER,
    response_type   VARCHAR(255),
    location        VARCHAR(2048),
    etag            VARCHAR(255),
    response_body   TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX IF NOT EXISTS idempotency_keys_expires_at ON idempotency_keys (expires_at);
