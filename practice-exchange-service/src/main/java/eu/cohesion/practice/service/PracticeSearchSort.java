package eu.cohesion.practice.service;

/** The orders of search results; each ends with the practice id, so that pages never overlap. */
public enum PracticeSearchSort {
  /** Best match first (ts_rank_cd), then newest; without a text the same as RECENT. */
  RELEVANCE,
  /** Newest publication first. */
  RECENT,
  /** Most transfers first, then newest. */
  TRANSFERS
}
