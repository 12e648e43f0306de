package eu.cohesion.panel.domain;

import eu.cohesion.panel.domain.balance.TownBaseline;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the network admin edits of a town: the languages of its panel work (ISO 639-1, at least
 * one), its coordinates for the public map (both or neither) and its demographic baseline.
 */
public record TownProfile(
    List<String> languages, BigDecimal latitude, BigDecimal longitude, TownBaseline baseline) {

  public static final int MAX_LANGUAGES = 20;
  private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");
  private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
  private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

  /**
   * @throws IllegalArgumentException a profile the town table would refuse
   */
  public TownProfile {
    // Order is the town's (its main language first); a repeated code says nothing new.
    languages = List.copyOf(new LinkedHashSet<>(languages));
    if (languages.isEmpty() || languages.size() > MAX_LANGUAGES) {
      throw new IllegalArgumentException(
          "a town has between 1 and " + MAX_LANGUAGES + " languages");
    }
    for (String language : languages) {
      if (!ISO_639_1.matcher(language).matches()) {
        throw new IllegalArgumentException(language + " is no ISO 639-1 code (two lower letters)");
      }
    }
    if ((latitude == null) != (longitude == null)) {
      throw new IllegalArgumentException("a town's coordinates need latitude and longitude");
    }
    if (latitude != null) {
      if (latitude.abs().compareTo(MAX_LATITUDE) > 0) {
        throw new IllegalArgumentException("latitude lies between -90 and 90");
      }
      if (longitude.abs().compareTo(MAX_LONGITUDE) > 0) {
        throw new IllegalArgumentException("longitude lies between -180 and 180");
      }
      if (latitude.stripTrailingZeros().scale() > 5 || longitude.stripTrailingZeros().scale() > 5) {
        throw new IllegalArgumentException("coordinates have at most five decimals (about 1 m)");
      }
    }
    if (baseline == null) {
      baseline = TownBaseline.NONE;
    }
  }
}
