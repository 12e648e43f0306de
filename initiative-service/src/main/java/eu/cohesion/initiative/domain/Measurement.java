package eu.cohesion.initiative.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One dated value of an indicator with its source; who recorded it is deliberately not kept. */
@Entity
@Table(name = "indicator_measurement")
public class Measurement {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
  private Indicator indicator;

  @Column(name = "measured_on", nullable = false, updatable = false)
  private LocalDate measuredOn;

  @Column(nullable = false, updatable = false)
  private BigDecimal value;

  @Column(nullable = false, updatable = false)
  private String source;

  @Column(updatable = false)
  private String note;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected Measurement() {}

  Measurement(Indicator indicator, Indicator.Reading reading, Instant recordedAt) {
    this.id = UUID.randomUUID();
    this.indicator = indicator;
    this.measuredOn = reading.measuredOn();
    this.value = reading.value();
    this.source = IndicatorRules.source(reading.source());
    this.note = IndicatorRules.note(reading.note());
    this.recordedAt = recordedAt;
  }

  public UUID id() {
    return id;
  }

  public LocalDate measuredOn() {
    return measuredOn;
  }

  public BigDecimal value() {
    return value;
  }

  public String source() {
    return source;
  }

  public String note() {
    return note;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
