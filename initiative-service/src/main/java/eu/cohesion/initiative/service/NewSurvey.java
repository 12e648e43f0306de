package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.SurveyRules;
import java.util.List;
import java.util.Map;

/** A survey definition as the coordinator sends it. */
public record NewSurvey(
    List<String> languages, Map<String, String> title, List<SurveyRules.Draft> questions) {}
