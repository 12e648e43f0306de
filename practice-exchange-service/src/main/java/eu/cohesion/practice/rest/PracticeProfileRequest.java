package eu.cohesion.practice.rest;

import eu.cohesion.kit.vocabulary.NetworkLanguages;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.domain.PracticeProfile;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole classification of a practice; lists may be empty. */
public record PracticeProfileRequest(
    @Schema(description = "Original language of the practice's text", examples = "nl")
        @NotNull
        @Pattern(regexp = NetworkLanguages.PATTERN, message = NetworkLanguages.MESSAGE)
        String language,
    @NotNull @Size(max = 20) List<@NotNull Theme> themes,
    @NotNull @Size(max = 10) List<@NotNull TargetGroup> targetGroups,
    @Schema(description = "SDG targets of goals 10 and 11", examples = "[\"10.2\", \"11.3\"]")
        @NotNull
        @Size(max = 20)
        List<@NotNull @Pattern(regexp = "^\\d{1,2}\\.[0-9a-z]{1,2}$") String> sdgTargets,
    @Schema(
            nullable = true,
            description = "Whom to ask: a role or an office, never a person",
            examples = "Integration office, welcome desk")
        @Size(max = PracticeProfile.CONTACT_ROLE_MAX_LENGTH)
        String contactRole) {

  PracticeProfile toProfile() {
    return new PracticeProfile(language, themes, targetGroups, sdgTargets, contactRole);
  }
}
