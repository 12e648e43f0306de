package eu.cohesion.initiative.domain;

/** What a resident answers to a survey question. */
public enum SurveyQuestionKind {
  /** A score from 1 (poor) to 5 (very good). */
  RATING,
  /** Exactly one of the question's options. */
  CHOICE,
  /** A short text, screened for contact details before it is stored. */
  FREE_TEXT
}
