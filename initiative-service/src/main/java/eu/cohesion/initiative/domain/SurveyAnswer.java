package eu.cohesion.initiative.domain;

/**
 * One answer of a resident to one question: a rating, a choice's option id or a text (only the one
 * the question's kind asks for).
 */
public record SurveyAnswer(String questionId, Integer rating, String choice, String text) {}
