package eu.cohesion.initiative.domain;

import eu.cohesion.kit.vocabulary.SdgTargets;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a coordinator writes about an initiative, checked and normalised: texts trimmed, blank
 * translations dropped, sets de-duplicated and ordered (themes and groups in taxonomy order, SDG
 * targets in the UN's), milestones by due date.
 *
 * @param language the original language of title and summary (a network language code)
 * @param titleTranslations marked translations of the title by language, without the original
 * @param summaryTranslations marked translations of the summary by language, without the original
 * @param budget {@code null} when not set
 * @param partners names of partner organisations (organisations, never persons)
 */
public record InitiativeContent(
    String language,
    String title,
    String summary,
    Map<String, String> titleTranslations,
    Map<String, String> summaryTranslations,
    List<Theme> themes,
    List<TargetGroup> targetGroups,
    List<String> sdgTargets,
    Budget budget,
    List<String> partners,
    List<Milestone> milestones) {

  public static final String DEFAULT_LANGUAGE = "en";

  /**
   * @throws InvalidContentException what the shape of a request cannot show: an unknown language, a
   *     translation into the original language, an SDG target outside goals 10 and 11, a partner
   *     named twice
   * @throws IllegalArgumentException texts beyond the limits the REST layer checks first
   */
  public InitiativeContent {
    language = InitiativeRules.language(language == null ? DEFAULT_LANGUAGE : language);
    title = InitiativeRules.title(title);
    summary = InitiativeRules.summary(summary);
    titleTranslations = translations("title", language, titleTranslations, true);
    summaryTranslations = translations("summary", language, summaryTranslations, false);
    themes = themes == null ? List.of() : List.copyOf(new TreeSet<>(themes));
    targetGroups = targetGroups == null ? List.of() : List.copyOf(new TreeSet<>(targetGroups));
    sdgTargets = sdgTargets(sdgTargets);
    partners = partners(partners);
    milestones =
        milestones == null
            ? List.of()
            : milestones.stream().sorted(Comparator.comparing(Milestone::dueOn)).toList();
    if (milestones.size() > InitiativeRules.MAX_MILESTONES) {
      throw new InvalidContentException(
          "an initiative has at most " + InitiativeRules.MAX_MILESTONES + " milestones");
    }
  }

  /** Only a title and a summary in the default language: what the first API version took. */
  public static InitiativeContent basic(String title, String summary) {
    return new InitiativeContent(
        null, title, summary, null, null, null, null, null, null, null, null);
  }

  private static Map<String, String> translations(
      String what, String original, Map<String, String> raw, boolean title) {
    Map<String, String> texts = new TreeMap<>();
    if (raw == null) {
      return Map.of();
    }
    raw.forEach(
        (language, text) -> {
          InitiativeRules.language(language);
          if (language.equals(original)) {
            throw new InvalidContentException(
                "the "
                    + what
                    + " in "
                    + original
                    + " is the original, not a translation; give it as "
                    + what);
          }
          String value = title ? InitiativeRules.title(text) : InitiativeRules.summary(text);
          if (value != null) {
            texts.put(language, value);
          }
        });
    return Map.copyOf(texts);
  }

  private static List<String> sdgTargets(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    Set<String> targets = new TreeSet<>(Comparator.comparingInt(SdgTargets::rank));
    for (String target : raw) {
      if (!SdgTargets.isValid(target)) {
        throw new InvalidContentException(
            target + " is no SDG target of goals 10 and 11; valid: " + SdgTargets.ALL);
      }
      targets.add(target);
    }
    return List.copyOf(targets);
  }

  private static List<String> partners(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String name : raw) {
      String partner = InitiativeRules.partner(name);
      if (!seen.add(partner.toLowerCase(Locale.ROOT))) {
        throw new InvalidContentException("partner " + partner + " is named twice");
      }
      names.add(partner);
    }
    if (names.size() > InitiativeRules.MAX_PARTNERS) {
      throw new InvalidContentException(
          "an initiative has at most " + InitiativeRules.MAX_PARTNERS + " partners");
    }
    return List.copyOf(names);
  }
}
