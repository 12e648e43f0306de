package eu.cohesion.initiative.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "NotificationsMarkedRead",
    requiredProperties = {"marked", "unread"})
public record MarkedRead(
    @Schema(description = "How many were unread before") int marked,
    @Schema(description = "Unread notifications left (newer than upTo)") long unread) {}
