package eu.cohesion.initiative.domain;

import eu.cohesion.kit.domain.Aggregate;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an initiative measures to show whether it works: a named quantity with a baseline, a target
 * and the way it improves, and its dated measurements. Every change, a measurement too, is a new
 * version of the indicator.
 */
@Entity
@Table(name = "indicator")
public class Indicator implements Aggregate {

  @Id private UUID id;

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private UUID initiativeId;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String unit;

  @Column(nullable = false)
  private BigDecimal baseline;

  @Column(nullable = false)
  private BigDecimal target;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Direction direction;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("measuredOn, recordedAt")
  private List<Measurement> measurements = new ArrayList<>();

  protected Indicator() {}

  /** The definition of an indicator, as created or edited. */
  public record Definition(
      String name, String unit, BigDecimal baseline, BigDecimal target, Direction direction) {}

  /** A dated value and where it comes from. */
  public record Reading(LocalDate measuredOn, BigDecimal value, String source, String note) {}

  public static Indicator of(Initiative initiative, Definition definition, Instant at) {
    Indicator indicator = new Indicator();
    indicator.id = UUID.randomUUID();
    indicator.initiativeId = initiative.id();
    indicator.cityCode = initiative.cityCode();
    indicator.createdAt = at;
    indicator.define(definition, at);
    return indicator;
  }

  /**
   * @throws IndicatorRuleException when the target is not beyond the baseline in the direction
   */
  public void define(Definition definition, Instant at) {
    IndicatorRules.requireTargetBeyondBaseline(
        definition.baseline(), definition.target(), definition.direction());
    name = IndicatorRules.name(definition.name());
    unit = IndicatorRules.unit(definition.unit());
    baseline = definition.baseline();
    target = definition.target();
    direction = definition.direction();
    updatedAt = at;
  }

  public Measurement record(Reading reading, Instant at) {
    Measurement measurement = new Measurement(this, reading, at);
    measurements.add(measurement);
    updatedAt = at;
    return measurement;
  }

  /** The measurement, removed; empty when the indicator has none with that id. */
  public Optional<Measurement> remove(UUID measurementId, Instant at) {
    Optional<Measurement> found =
        measurements.stream().filter(m -> m.id().equals(measurementId)).findFirst();
    found.ifPresent(
        m -> {
          measurements.remove(m);
          updatedAt = at;
        });
    return found;
  }

  public IndicatorProgress progress() {
    return IndicatorProgress.of(
        baseline,
        target,
        direction,
        measurements.stream()
            .map(m -> new IndicatorProgress.Point(m.measuredOn(), m.value()))
            .toList());
  }

  @Override
  public UUID id() {
    return id;
  }

  public UUID initiativeId() {
    return initiativeId;
  }

  @Override
  public String cityCode() {
    return cityCode;
  }

  public String name() {
    return name;
  }

  public String unit() {
    return unit;
  }

  public BigDecimal baseline() {
    return baseline;
  }

  public BigDecimal target() {
    return target;
  }

  public Direction direction() {
    return direction;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public long version() {
    return version;
  }

  /** Oldest measurement date first. */
  public List<Measurement> measurements() {
    return Collections.unmodifiableList(measurements);
  }
}
