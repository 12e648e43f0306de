package eu.cohesion.practice.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** One indicator's outcome as the conclusion carried it, at the time of the conclusion. */
public record IndicatorEvidence(
    UUID indicatorId,
    String name,
    String unit,
    String direction,
    BigDecimal baseline,
    BigDecimal target,
    BigDecimal latestValue,
    String latestMeasuredOn,
    BigDecimal progressPercent,
    boolean targetMet) {}
