package eu.cohesion.kit.events;

/** CDI event fired when a row joins the outbox, so the relay can run right after the commit. */
record OutboxAppended() {}
