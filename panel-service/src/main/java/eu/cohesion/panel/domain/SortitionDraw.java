package eu.cohesion.panel.domain;

import eu.cohesion.kit.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One draw of a candidate pool and its audit trail: the pool version and the digest of its inputs,
 * the seed, the algorithm version, every candidate's selection probability (keyed by candidate id
 * only) and the sampled panel, who asked for it, who confirmed or discarded it, and when.
 */
@Entity
@Table(name = "sortition_draw")
public class SortitionDraw implements Aggregate {

  @Id private UUID id;

  @Column(name = "panel_id", nullable = false, updatable = false)
  private UUID panelId;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Column(name = "pool_version", nullable = false, updatable = false)
  private long poolVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DrawStatus status;

  private String phase;

  @Column(name = "progress_done", nullable = false)
  private int progressDone;

  @Column(name = "progress_total", nullable = false)
  private int progressTotal;

  @Column(nullable = false, updatable = false)
  private long seed;

  @Column(name = "seed_given", nullable = false, updatable = false)
  private boolean seedGiven;

  @Column(name = "inputs_digest", nullable = false, updatable = false)
  private String inputsDigest;

  @Column(name = "algorithm_version")
  private String algorithmVersion;

  @Column(nullable = false, updatable = false)
  private int seats;

  @Column(name = "candidate_count", nullable = false, updatable = false)
  private int candidateCount;

  /** Candidate id → selection probability, sorted by id. */
  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Double> probabilities;

  /** Ids of the sampled panel's candidates, sorted. */
  @JdbcTypeCode(SqlTypes.JSON)
  private List<String> selected;

  @JdbcTypeCode(SqlTypes.JSON)
  private DrawFailure failure;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected SortitionDraw() {}

  public static SortitionDraw start(
      CandidatePool pool,
      int candidateCount,
      long seed,
      boolean seedGiven,
      String inputsDigest,
      String requestedBy,
      Instant now) {
    SortitionDraw draw = new SortitionDraw();
    draw.id = UUID.randomUUID();
    draw.panelId = pool.id();
    draw.cityCode = pool.cityCode();
    draw.poolVersion = pool.version();
    draw.status = DrawStatus.RUNNING;
    draw.phase = "queued";
    draw.seed = seed;
    draw.seedGiven = seedGiven;
    draw.inputsDigest = inputsDigest;
    draw.seats = pool.seats();
    draw.candidateCount = candidateCount;
    draw.requestedBy = requestedBy;
    draw.requestedAt = now;
    draw.updatedAt = now;
    return draw;
  }

  public void progress(String phase, int done, int total, Instant now) {
    requireStatus(DrawStatus.RUNNING, "report progress");
    this.phase = phase;
    this.progressDone = done;
    this.progressTotal = total;
    this.updatedAt = now;
  }

  public void complete(
      String algorithmVersion, Map<UUID, Double> probabilities, List<UUID> selected, Instant now) {
    requireStatus(DrawStatus.RUNNING, "complete");
    Map<String, Double> byId = new TreeMap<>();
    probabilities.forEach((id, p) -> byId.put(id.toString(), p));
    this.algorithmVersion = algorithmVersion;
    this.probabilities = byId;
    this.selected = selected.stream().map(UUID::toString).sorted().toList();
    this.status = DrawStatus.DONE;
    this.phase = "done";
    this.progressDone = this.progressTotal;
    this.finishedAt = now;
    this.updatedAt = now;
  }

  public void fail(String algorithmVersion, DrawFailure failure, Instant now) {
    requireStatus(DrawStatus.RUNNING, "fail");
    this.algorithmVersion = algorithmVersion;
    this.failure = failure;
    this.status = DrawStatus.FAILED;
    this.phase = "failed";
    this.finishedAt = now;
    this.updatedAt = now;
  }

  /**
   * The coordinator accepts the sampled panel.
   *
   * @throws DrawStateException unless the draw is done and the pool has not changed since
   */
  public void confirm(long currentPoolVersion, String by, Instant now) {
    requireStatus(DrawStatus.DONE, "confirm");
    if (currentPoolVersion != poolVersion) {
      throw new DrawStateException(
          "the pool changed since this draw (version "
              + poolVersion
              + ", now "
              + currentPoolVersion
              + "): run a new draw");
    }
    decide(DrawStatus.CONFIRMED, by, now);
  }

  public void discard(String by, Instant now) {
    if (status != DrawStatus.DONE && status != DrawStatus.FAILED) {
      throw new DrawStateException("a " + status + " draw cannot be discarded");
    }
    decide(DrawStatus.DISCARDED, by, now);
  }

  private void decide(DrawStatus decided, String by, Instant now) {
    this.status = decided;
    this.decidedBy = by;
    this.decidedAt = now;
    this.updatedAt = now;
  }

  private void requireStatus(DrawStatus expected, String doing) {
    if (status != expected) {
      throw new DrawStateException("a " + status + " draw cannot " + doing);
    }
  }

  @Override
  public UUID id() {
    return id;
  }

  public UUID panelId() {
    return panelId;
  }

  @Override
  public String cityCode() {
    return cityCode;
  }

  public long poolVersion() {
    return poolVersion;
  }

  public DrawStatus status() {
    return status;
  }

  public String phase() {
    return phase;
  }

  public int progressDone() {
    return progressDone;
  }

  public int progressTotal() {
    return progressTotal;
  }

  public long seed() {
    return seed;
  }

  public boolean seedGiven() {
    return seedGiven;
  }

  public String inputsDigest() {
    return inputsDigest;
  }

  public String algorithmVersion() {
    return algorithmVersion;
  }

  public int seats() {
    return seats;
  }

  public int candidateCount() {
    return candidateCount;
  }

  /** Candidate id → probability, sorted by id; empty unless the draw completed. */
  public Map<String, Double> probabilities() {
    return probabilities == null ? Map.of() : new TreeMap<>(probabilities);
  }

  public List<UUID> selected() {
    return selected == null ? List.of() : selected.stream().map(UUID::fromString).toList();
  }

  public DrawFailure failure() {
    return failure;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public long version() {
    return version;
  }
}
