package eu.cohesion.practice.domain;

/**
 * What a caller can ask of the practice-exchange service; each is a row of {@link
 * PracticePermissions}.
 */
public enum PracticeAction {
  VIEW_PUBLISHED_PRACTICES,
  VIEW_DRAFT_PRACTICES,
  EDIT_PRACTICE,
  PUBLISH_PRACTICE,
  SEARCH_PRACTICES,
  EXPORT_OPEN_DATA,
  READ_FEEDS
}
