package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.InitiativeContent;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import java.util.List;
import java.util.Map;

/** The content fields create and edit requests share, turned into the domain's content. */
final class ContentFields {

  /** The network's language codes, as panel-service checks a mandate's. */
  static final String LANGUAGE = "^(en|da|de|et|fr|it|lt|lv|nl|sl|sq)$";

  static final String LANGUAGE_MESSAGE =
      "must be one of en, da, de, et, fr, it, lt, lv, nl, sl, sq";

  /** The shape of an SDG target; which ones are valid is the domain's rule (422). */
  static final String SDG = "^\\d{1,2}\\.[0-9a-z]{1,2}$";

  private ContentFields() {}

  static InitiativeContent content(
      String language,
      String title,
      String summary,
      Map<String, String> titleTranslations,
      Map<String, String> summaryTranslations,
      List<Theme> themes,
      List<TargetGroup> targetGroups,
      List<String> sdgTargets,
      BudgetBody budget,
      List<String> partners,
      List<MilestoneBody> milestones) {
    return new InitiativeContent(
        language,
        title,
        summary,
        titleTranslations,
        summaryTranslations,
        themes,
        targetGroups,
        sdgTargets,
        budget == null ? null : budget.toBudget(),
        partners,
        milestones == null ? null : milestones.stream().map(MilestoneBody::toMilestone).toList());
  }
}
