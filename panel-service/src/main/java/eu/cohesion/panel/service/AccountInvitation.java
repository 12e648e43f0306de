package eu.cohesion.panel.service;

/** Invite a member by e-mail, based on the member's version the caller last read. */
public record AccountInvitation(
    Long expectedVersion, String email, String firstName, String lastName) {}
