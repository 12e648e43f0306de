package eu.cohesion.practice.domain.discussion;

/**
 * The moderation state of a post: {@code VISIBLE ⇄ HIDDEN}, each step by a network admin with a
 * reason (see {@link Moderation}).
 */
public enum Visibility {
  VISIBLE,
  HIDDEN
}
