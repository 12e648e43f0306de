package eu.cohesion.panel.domain;

import eu.cohesion.kit.domain.Aggregate;
import eu.cohesion.panel.domain.balance.TownBaseline;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A partner town of the network. Code, name, country and time zone are reference data maintained by
 * migrations; the network admin edits the town's profile: languages, coordinates and the
 * demographic baseline.
 */
@Entity
@Table(name = "city")
public class City implements Aggregate {

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

  /** ISO 639-1 codes of the languages of the town's panel work; a PostgreSQL text[]. */
  @Column(nullable = false)
  private String[] languages;

  private BigDecimal latitude;

  private BigDecimal longitude;

  @Column(name = "baseline_native")
  private BigDecimal baselineNative;

  @Column(name = "baseline_expat")
  private BigDecimal baselineExpat;

  @Column(name = "baseline_newly_arrived_migrant")
  private BigDecimal baselineNewlyArrivedMigrant;

  @Column(name = "baseline_precarious_or_vulnerable")
  private BigDecimal baselinePrecariousOrVulnerable;

  @Column(name = "baseline_source")
  private String baselineSource;

  @Column(name = "baseline_year")
  private Integer baselineYear;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected City() {}

  /**
   * The town's id for event subjects and Kafka keys, which are UUIDs: name-based (version 3) on
   * {@code "eu.cohesion.city:" + code}, so any consumer can derive it from the code.
   */
  public static UUID subjectId(String code) {
    return UUID.nameUUIDFromBytes(("eu.cohesion.city:" + code).getBytes(StandardCharsets.UTF_8));
  }

  /** Replaces the town's profile; the caller validated it as a {@link TownProfile}. */
  public void describe(TownProfile profile, Instant now) {
    languages = profile.languages().toArray(String[]::new);
    latitude = profile.latitude();
    longitude = profile.longitude();
    Map<PopulationGroup, BigDecimal> shares = profile.baseline().shares();
    baselineNative = shares.get(PopulationGroup.NATIVE);
    baselineExpat = shares.get(PopulationGroup.EXPAT);
    baselineNewlyArrivedMigrant = shares.get(PopulationGroup.NEWLY_ARRIVED_MIGRANT);
    baselinePrecariousOrVulnerable = shares.get(PopulationGroup.PRECARIOUS_OR_VULNERABLE);
    baselineSource = profile.baseline().source();
    baselineYear = profile.baseline().year();
    updatedAt = now;
  }

  @Override
  public UUID id() {
    return subjectId(code);
  }

  @Override
  public String cityCode() {
    return code;
  }

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

  public List<String> languages() {
    return List.of(languages);
  }

  public BigDecimal latitude() {
    return latitude;
  }

  public BigDecimal longitude() {
    return longitude;
  }

  public TownBaseline baseline() {
    Map<PopulationGroup, BigDecimal> shares = new EnumMap<>(PopulationGroup.class);
    shares.put(PopulationGroup.NATIVE, baselineNative);
    shares.put(PopulationGroup.EXPAT, baselineExpat);
    shares.put(PopulationGroup.NEWLY_ARRIVED_MIGRANT, baselineNewlyArrivedMigrant);
    shares.put(PopulationGroup.PRECARIOUS_OR_VULNERABLE, baselinePrecariousOrVulnerable);
    return new TownBaseline(shares, baselineSource, baselineYear);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public long version() {
    return version;
  }
}
