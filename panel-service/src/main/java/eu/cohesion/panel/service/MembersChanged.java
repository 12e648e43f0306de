package eu.cohesion.panel.service;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired synchronously, inside the change's transaction, whenever the members of a panel change in a
 * way its balance depends on: a member joins or leaves, or changes category, population groups or
 * consent. Observers (the balance) recompute in the same transaction, so a panel's balance and its
 * members never disagree after a commit.
 */
public record MembersChanged(UUID panelId, Instant at) {}
