package eu.cohesion.panel.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Rules of a candidate's features (feature → value, one column each in the candidates CSV). Two
 * features are standard: {@code category} (a {@link StakeholderCategory}, required, since a drawn
 * candidate becomes a member of that category) and {@code population_group} (a {@link
 * PopulationGroup}, sensitive, only with recorded consent). Any other feature the coordinator
 * declares (gender, age band, neighbourhood, …) is free text.
 */
public final class CandidateFeatures {

  public static final String CATEGORY = "category";
  public static final String POPULATION_GROUP = "population_group";
  public static final int MAX_FEATURES = 20;
  public static final int NAME_MAX_LENGTH = 60;
  public static final int VALUE_MAX_LENGTH = 100;

  /** Letters, digits, space, underscore, hyphen and dot: what the features CSV names carry. */
  private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} _.\\-]*$");

  private CandidateFeatures() {}

  public static String featureName(String raw) {
    String name = raw == null ? "" : raw.strip();
    if (name.isEmpty() || name.length() > NAME_MAX_LENGTH || !NAME.matcher(name).matches()) {
      throw new PoolRuleException(
          "a feature name has 1–"
              + NAME_MAX_LENGTH
              + " letters, digits, spaces, '_', '-' or '.', starting with a letter or digit");
    }
    return name;
  }

  /**
   * A feature's value, trimmed. Refuses what a spreadsheet would run as a formula ({@code =},
   * {@code +}, {@code -}, {@code @} at the start), and values outside the two standard features'
   * enums.
   */
  public static String value(String feature, String raw) {
    String value = raw == null ? "" : raw.strip();
    if (value.isEmpty() || value.length() > VALUE_MAX_LENGTH) {
      throw new PoolRuleException(feature + ": a value has 1–" + VALUE_MAX_LENGTH + " characters");
    }
    rejectFormula(feature, value);
    if (CATEGORY.equals(feature)) {
      requireOneOf(feature, value, StakeholderCategory.values());
    }
    if (POPULATION_GROUP.equals(feature)) {
      requireOneOf(feature, value, PopulationGroup.values());
    }
    return value;
  }

  /**
   * A candidate's features, sorted by name.
   *
   * @throws ConsentRequiredException a population group without recorded consent
   */
  public static Map<String, String> of(Map<String, String> raw, boolean consentRecorded) {
    Map<String, String> features = new TreeMap<>();
    if (raw != null) {
      raw.forEach(
          (name, value) -> {
            String feature = featureName(name);
            features.put(feature, value(feature, value));
          });
    }
    if (features.size() > MAX_FEATURES) {
      throw new PoolRuleException("a candidate has at most " + MAX_FEATURES + " features");
    }
    if (!features.containsKey(CATEGORY)) {
      throw new PoolRuleException(
          "a candidate has a category (one of "
              + Arrays.toString(StakeholderCategory.values())
              + ")");
    }
    if (features.containsKey(POPULATION_GROUP) && !consentRecorded) {
      throw new ConsentRequiredException();
    }
    return features;
  }

  /** Text a spreadsheet would evaluate when the exported file is opened: refused on the way in. */
  public static void rejectFormula(String field, String value) {
    if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
      throw new PoolRuleException(
          field + ": a value must not start with =, +, - or @ (spreadsheet formula)");
    }
  }

  private static void requireOneOf(String feature, String value, Enum<?>[] allowed) {
    if (Arrays.stream(allowed).noneMatch(e -> e.name().equals(value))) {
      throw new PoolRuleException(
          feature + ": must be one of " + Arrays.toString(allowed) + ", got " + value);
    }
  }
}
