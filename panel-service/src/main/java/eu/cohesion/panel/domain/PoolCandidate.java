package eu.cohesion.panel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person in a panel's candidate pool. Name, contact, address and features are personal data, seen
 * only by those who manage the pool; a population group only with recorded consent (when, and which
 * version of the consent text the person agreed to).
 */
@Entity
@Table(name = "sortition_candidate")
public class PoolCandidate {

  public static final int NAME_MAX_LENGTH = 200;
  public static final int EXTERNAL_ID_MAX_LENGTH = 100;
  public static final int EMAIL_MAX_LENGTH = 254;
  public static final int PHONE_MAX_LENGTH = 50;
  public static final int CONSENT_VERSION_MAX_LENGTH = 50;
  public static final String ERASED_NAME = "(erased)";

  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()./\\-]*$");

  @Id private UUID id;

  @Column(name = "panel_id", nullable = false, updatable = false)
  private UUID panelId;

  @Column(name = "external_id")
  private String externalId;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String email;

  private String phone;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  private Map<String, String> address;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  private Map<String, String> features;

  @Column(name = "consent_recorded_at")
  private Instant consentRecordedAt;

  @Column(name = "consent_text_version")
  private String consentTextVersion;

  @Column(name = "member_id")
  private UUID memberId;

  @Column(name = "erased_at")
  private Instant erasedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected PoolCandidate() {}

  /** What a candidate is made of, checked by {@link #enter} and {@link #edit}. */
  public record Details(
      String externalId,
      String displayName,
      String email,
      String phone,
      Map<String, String> address,
      Map<String, String> features,
      String consentTextVersion) {}

  /**
   * A new candidate of the pool.
   *
   * @throws ConsentRequiredException a population group without consent
   * @throws PoolRuleException a field breaking its rule
   */
  public static PoolCandidate enter(UUID panelId, Details details, Instant now) {
    PoolCandidate candidate = new PoolCandidate();
    candidate.id = UUID.randomUUID();
    candidate.panelId = panelId;
    candidate.createdAt = now;
    candidate.set(details, now);
    return candidate;
  }

  /**
   * Checks details as {@link #enter} would, without creating anything.
   *
   * @throws ConsentRequiredException a population group without consent
   * @throws PoolRuleException a field breaking its rule
   */
  public static void check(Details details) {
    new PoolCandidate().set(details, Instant.EPOCH);
  }

  public void edit(Details details, Instant now) {
    requireNotErased();
    set(details, now);
  }

  /** A confirmed draw made a panel member of this candidate. */
  public void becameMember(UUID memberId, Instant now) {
    this.memberId = memberId;
    this.updatedAt = now;
  }

  /**
   * Anonymises the candidacy: name, contact, address and every feature but the stakeholder category
   * (which the panel's history of members keeps too) are gone; the id stays, so draw audits keyed
   * by it remain checkable.
   */
  public void erase(Instant now) {
    displayName = ERASED_NAME;
    externalId = null;
    email = null;
    phone = null;
    address = new TreeMap<>();
    String category = features.get(CandidateFeatures.CATEGORY);
    features = new TreeMap<>();
    if (category != null) {
      features.put(CandidateFeatures.CATEGORY, category);
    }
    consentRecordedAt = null;
    consentTextVersion = null;
    erasedAt = now;
    updatedAt = now;
  }

  /**
   * The household this candidate belongs to: the normalised values of the pool's address columns,
   * or null (a household of one) when they are all blank.
   */
  public String household(List<String> addressColumns) {
    if (addressColumns.isEmpty()) {
      return null;
    }
    String key =
        addressColumns.stream()
            .map(c -> Objects.requireNonNullElse(address.get(c), ""))
            .map(v -> v.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining("\u001f"));
    return key.replace("\u001f", "").isEmpty() ? null : key;
  }

  private void set(Details details, Instant now) {
    String consentVersion =
        optional("consentTextVersion", details.consentTextVersion(), CONSENT_VERSION_MAX_LENGTH);
    boolean consent = consentVersion != null;
    Map<String, String> checked = CandidateFeatures.of(details.features(), consent);
    this.externalId = optional("externalId", details.externalId(), EXTERNAL_ID_MAX_LENGTH);
    this.displayName = required("displayName", details.displayName(), NAME_MAX_LENGTH);
    this.email = optional("email", details.email(), EMAIL_MAX_LENGTH);
    String phoneNumber = optional("phone", details.phone(), PHONE_MAX_LENGTH);
    if (phoneNumber != null && !PHONE.matcher(phoneNumber).matches()) {
      throw new PoolRuleException("phone: digits, spaces and ()./- only, optionally after +");
    }
    this.phone = phoneNumber;
    Map<String, String> addr = new TreeMap<>();
    if (details.address() != null) {
      details
          .address()
          .forEach(
              (column, value) -> {
                String v = optional(column, value, CandidateFeatures.VALUE_MAX_LENGTH);
                if (v != null) {
                  addr.put(CandidateFeatures.featureName(column), v);
                }
              });
    }
    if (addr.size() > CandidatePool.MAX_ADDRESS_COLUMNS) {
      throw new PoolRuleException(
          "an address has at most " + CandidatePool.MAX_ADDRESS_COLUMNS + " columns");
    }
    this.address = addr;
    this.features = checked;
    if (consent) {
      if (!consentVersion.equals(this.consentTextVersion)) {
        this.consentRecordedAt = now;
      }
      this.consentTextVersion = consentVersion;
    } else {
      this.consentRecordedAt = null;
      this.consentTextVersion = null;
    }
    this.updatedAt = now;
  }

  private static String required(String field, String raw, int max) {
    String value = optional(field, raw, max);
    if (value == null) {
      throw new PoolRuleException(field + " must not be blank");
    }
    return value;
  }

  private static String optional(String field, String raw, int max) {
    String value = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (value.length() > max) {
      throw new PoolRuleException(field + " has at most " + max + " characters");
    }
    if (!"phone".equals(field)) {
      CandidateFeatures.rejectFormula(field, value);
    }
    return value.isEmpty() ? null : value;
  }

  private void requireNotErased() {
    if (erasedAt != null) {
      throw new PoolRuleException("an erased candidate cannot be edited");
    }
  }

  public UUID id() {
    return id;
  }

  public UUID panelId() {
    return panelId;
  }

  public String externalId() {
    return externalId;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public Map<String, String> address() {
    return Map.copyOf(address);
  }

  public Map<String, String> features() {
    return new TreeMap<>(features);
  }

  public Instant consentRecordedAt() {
    return consentRecordedAt;
  }

  public String consentTextVersion() {
    return consentTextVersion;
  }

  public UUID memberId() {
    return memberId;
  }

  public Instant erasedAt() {
    return erasedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
