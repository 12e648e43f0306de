package eu.cohesion.initiative.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "UnreadNotifications",
    requiredProperties = {"unread"})
public record UnreadCount(
    @Schema(description = "Unread notifications of the caller") long unread) {}
