package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.InitiativeRules;
import eu.cohesion.initiative.service.NewInitiative;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CreateInitiative",
    description = "A new initiative of a panel, started as DRAFT; only panelId and title required")
public record CreateInitiativeRequest(
    @Schema(description = "The panel (Local Panel of Stakeholders) running the initiative") @NotNull
        UUID panelId,
    @Schema(
            nullable = true,
            description =
                "Original language of title and summary (en, da, de, et, fr, it, lt, lv, nl, sl,"
                    + " sq); en when not given")
        @Pattern(regexp = ContentFields.LANGUAGE, message = ContentFields.LANGUAGE_MESSAGE)
        String language,
    @Schema(description = "In the original language", examples = "Welcome desk run by newcomers")
        @NotBlank
        @Size(max = InitiativeRules.TITLE_MAX_LENGTH)
        String title,
    @Schema(nullable = true, description = "In the original language")
        @Size(max = InitiativeRules.SUMMARY_MAX_LENGTH)
        String summary,
    @Schema(
            nullable = true,
            description =
                "Marked translations of the title by language code, without the original (422)")
        @Size(max = 11)
        Map<
                @NotNull
                @Pattern(regexp = ContentFields.LANGUAGE, message = ContentFields.LANGUAGE_MESSAGE)
                String,
                @NotBlank @Size(max = InitiativeRules.TITLE_MAX_LENGTH) String>
            titleTranslations,
    @Schema(
            nullable = true,
            description =
                "Marked translations of the summary by language code, without the original (422)")
        @Size(max = 11)
        Map<
                @NotNull
                @Pattern(regexp = ContentFields.LANGUAGE, message = ContentFields.LANGUAGE_MESSAGE)
                String,
                @NotBlank @Size(max = InitiativeRules.SUMMARY_MAX_LENGTH) String>
            summaryTranslations,
    @Schema(nullable = true, description = "Themes of the network's taxonomy") @Size(max = 9)
        List<@NotNull Theme> themes,
    @Schema(nullable = true, description = "Population groups the initiative is for") @Size(max = 4)
        List<@NotNull TargetGroup> targetGroups,
    @Schema(
            nullable = true,
            description =
                "SDG targets of goals 10 and 11: 10.1–10.7, 10.a–10.c, 11.1–11.7, 11.a–11.c; any"
                    + " other is 422")
        @Size(max = 20)
        List<@NotNull @Pattern(regexp = ContentFields.SDG, message = "must look like 10.2") String>
            sdgTargets,
    @Schema(nullable = true) @Valid BudgetBody budget,
    @Schema(nullable = true, description = "Names of partner organisations (never of persons)")
        @Size(max = InitiativeRules.MAX_PARTNERS)
        List<@NotBlank @Size(max = InitiativeRules.PARTNER_MAX_LENGTH) String> partners,
    @Schema(nullable = true, description = "The plan; kept in order of due date")
        @Size(max = InitiativeRules.MAX_MILESTONES)
        List<@NotNull @Valid MilestoneBody> milestones) {

  NewInitiative toCommand() {
    return new NewInitiative(
        panelId,
        ContentFields.content(
            language,
            title,
            summary,
            titleTranslations,
            summaryTranslations,
            themes,
            targetGroups,
            sdgTargets,
            budget,
            partners,
            milestones));
  }
}
