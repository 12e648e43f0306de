package eu.cohesion.panel.domain.balance;

/**
 * What of a panel's population-group counts the public may see. A group's count is personal data in
 * disguise when it is small: "1 newly arrived migrant" beside a panel's published roles can name
 * the person. So the public sees a count only from {@value #MINIMUM_PUBLIC_COUNT} on; below, just
 * "fewer than 5".
 */
public final class Disclosure {

  public static final int MINIMUM_PUBLIC_COUNT = 5;

  private Disclosure() {}

  /** The count as the public may see it: itself from 5 on, else {@code null}. */
  public static Integer publicCount(int count) {
    return count >= MINIMUM_PUBLIC_COUNT ? count : null;
  }
}
