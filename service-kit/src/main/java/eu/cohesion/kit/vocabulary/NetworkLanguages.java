package eu.cohesion.kit.vocabulary;

import java.util.List;

/**
 * The languages of the network's towns, as ISO 639-1 codes: what a text may be written or
 * translated in. English is the network's working language.
 */
public final class NetworkLanguages {

  /** Every language, English first, then in the order of the codes. */
  public static final List<String> ALL =
      List.of("en", "da", "de", "et", "fr", "it", "lt", "lv", "nl", "sl", "sq");

  public static final String WORKING_LANGUAGE = "en";

  /** For request parameters and bodies: the shape of a valid code. */
  public static final String PATTERN = "^(en|da|de|et|fr|it|lt|lv|nl|sl|sq)$";

  public static final String MESSAGE = "must be one of en, da, de, et, fr, it, lt, lv, nl, sl, sq";

  private NetworkLanguages() {}

  public static boolean isValid(String code) {
    return ALL.contains(code);
  }
}
