package eu.cohesion.panel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner town of the network. Reference data, maintained by migrations. */
@Entity
@Table(name = "city")
public class City {

  /** Lower-case ASCII slug, stable for URLs and token claims, e.g. {@code reggio-emilia}. */
  @Id private String code;

  @Column(nullable = false)
  private String name;

  /** ISO 3166-1 alpha-2. */
  @Column(name = "country_code", nullable = false)
  private String countryCode;

  @Column(name = "country_name", nullable = false)
  private String countryName;

  /** BCP 47 tag of the town's main language: the fallback for its user-facing texts. */
  @Column(name = "default_language", nullable = false)
  private String defaultLanguage;

  /** IANA zone in which the town's local dates (panel sessions) are meant. */
  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  protected City() {}

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String countryCode() {
    return countryCode;
  }

  public String countryName() {
    return countryName;
  }

  public String defaultLanguage() {
    return defaultLanguage;
  }

  public String timeZone() {
    return timeZone;
  }
}
