package eu.cohesion.initiative.service;

/** Fired in a transaction that queued an e-mail: the relay starts once that transaction commits. */
public record MailQueued() {}
