package eu.cohesion.practice.domain.discussion;

/** What a post on a practice is: a question, a plain comment, or a reply to either. */
public enum PostKind {
  QUESTION,
  COMMENT,
  REPLY
}
