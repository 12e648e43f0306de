package eu.cohesion.practice.domain;

/**
 * The written part of a good practice, replaced as a whole by an edit.
 *
 * @param context context and problem
 * @param results results and evidence
 * @param resources resources needed
 * @param lessons lessons learnt, failures included
 */
public record PracticeText(
    String title,
    String summary,
    String context,
    String approach,
    String results,
    String resources,
    String transferability,
    String lessons) {}
