package eu.cohesion.practice;

import java.util.UUID;

/**
 * Unique test texts that the validation checklist never mistakes for personal data. A bare UUID can
 * read as a phone number ("0" and seven digits, or "…-0123-4567-…") and fail NO_PERSONAL_DATA at
 * random; its hex digits after a letter cannot, because a phone run never starts inside a word.
 */
public final class Unique {

  private Unique() {}

  /** The words followed by a unique token, e.g. "Mentors u3f2a…". */
  public static String text(String words) {
    return words + " u" + UUID.randomUUID().toString().replace("-", "");
  }
}
