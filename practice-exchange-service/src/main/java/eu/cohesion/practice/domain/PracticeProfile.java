package eu.cohesion.practice.domain;

import eu.cohesion.kit.vocabulary.NetworkLanguages;
import eu.cohesion.kit.vocabulary.SdgTargets;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

/**
 * How a practice is classified for the network: the original language of its text, the themes and
 * target groups of the network's vocabulary it concerns, the SDG targets it serves and whom to ask
 * (a role or an office, never a person). Lists come back deduplicated in the vocabulary's order.
 *
 * @throws PracticeRuleException (422) an unknown language or SDG target, or a contact role that
 *     holds an e-mail address or a phone number
 */
public record PracticeProfile(
    String language,
    List<Theme> themes,
    List<TargetGroup> targetGroups,
    List<String> sdgTargets,
    String contactRole) {

  public static final int CONTACT_ROLE_MAX_LENGTH = 200;

  /** What a practice without a recorded profile reads as. */
  public static final PracticeProfile NONE =
      new PracticeProfile(NetworkLanguages.WORKING_LANGUAGE, List.of(), List.of(), List.of(), null);

  public PracticeProfile {
    language = language == null ? NetworkLanguages.WORKING_LANGUAGE : language;
    if (!NetworkLanguages.isValid(language)) {
      throw PracticeRuleException.profile(
          language + " is no network language; valid: " + NetworkLanguages.ALL);
    }
    themes = sorted(themes, Theme.class);
    targetGroups = sorted(targetGroups, TargetGroup.class);
    TreeSet<String> targets = new TreeSet<>(Comparator.comparingInt(SdgTargets::rank));
    for (String target : sdgTargets == null ? List.<String>of() : sdgTargets) {
      if (!SdgTargets.isValid(target)) {
        throw PracticeRuleException.profile(
            target + " is no SDG target of goals 10 and 11; valid: " + SdgTargets.ALL);
      }
      targets.add(target);
    }
    sdgTargets = List.copyOf(targets);
    contactRole = PracticeRules.text("contactRole", contactRole, CONTACT_ROLE_MAX_LENGTH);
    if (contactRole != null && ValidationChecklist.holdsPersonalData(contactRole)) {
      throw PracticeRuleException.profile(
          "contactRole names a role or an office, without e-mail addresses or phone numbers");
    }
  }

  private static <E extends Enum<E>> List<E> sorted(List<E> values, Class<E> type) {
    EnumSet<E> set = EnumSet.noneOf(type);
    if (values != null) {
      set.addAll(values);
    }
    return List.copyOf(set);
  }
}
