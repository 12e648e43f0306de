package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.NotificationPreferences;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the caller hears of notifications besides the bell; also the body of a change. */
@Schema(
    name = "NotificationPreferences",
    requiredProperties = {"emailEnabled", "dailyDigest"})
public record NotificationPreferencesView(
    @NotNull @Schema(description = "Notifications also by e-mail (default true)")
        Boolean emailEnabled,
    @NotNull
        @Schema(
            description =
                "One e-mail a day with the day's notifications instead of one each (default false)")
        Boolean dailyDigest) {

  static NotificationPreferencesView of(NotificationPreferences preferences) {
    return new NotificationPreferencesView(preferences.emailEnabled(), preferences.dailyDigest());
  }

  NotificationPreferences toPreferences() {
    return new NotificationPreferences(emailEnabled, dailyDigest);
  }
}
