package eu.cohesion.panel.domain;

import eu.cohesion.kit.domain.Aggregate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting of a panel: when and where, its agenda, who attended, what it decided and its minutes.
 * Attendance names members by id only; the names stay with the members.
 */
@Entity
@Table(name = "panel_session")
public class PanelSession implements Aggregate {

  @Id private UUID id;

  @Column(name = "panel_id", nullable = false, updatable = false)
  private UUID panelId;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  private String place;

  @Column(name = "online_url")
  private String onlineUrl;

  /** The agenda items in their order; a PostgreSQL text[]. */
  @Column(nullable = false)
  private String[] agenda;

  private String minutes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SessionStatus status;

  @Column(name = "attendance_recorded_at")
  private Instant attendanceRecordedAt;

  /** Ids of the members present; a PostgreSQL uuid[]. */
  @Column(nullable = false)
  private UUID[] present;

  @Column(nullable = false)
  private UUID[] apologies;

  /** Members present whose link to the session was erased (GDPR Art. 17): counted, unnamed. */
  @Column(name = "erased_present", nullable = false)
  private int erasedPresent;

  @Column(name = "erased_apologies", nullable = false)
  private int erasedApologies;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "panel_session_decision", joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "position")
  private List<Decision> decisions = new ArrayList<>();

  /** Active members when the session was held: its quorum stays what it was that day. */
  @Column(name = "eligible_at_hold")
  private Integer eligibleAtHold;

  @Column(name = "held_at")
  private Instant heldAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Subject of the planner's token: kept for audit, never shown to the public. */
  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected PanelSession() {}

  /** What a coordinator writes about a session; all of it may change until it is cancelled. */
  public record Details(
      Instant startsAt,
      String place,
      String onlineUrl,
      List<String> agenda,
      List<Decision> decisions,
      String minutes) {}

  public static PanelSession plan(Panel panel, Details details, String createdBy, Instant now) {
    PanelSession session = new PanelSession();
    session.id = UUID.randomUUID();
    session.panelId = panel.id();
    session.cityCode = panel.cityCode();
    session.status = SessionStatus.PLANNED;
    session.present = new UUID[0];
    session.apologies = new UUID[0];
    session.createdBy = createdBy;
    session.createdAt = now;
    session.describe(details, now);
    return session;
  }

  /** Changes date, place, agenda, decisions and minutes; minutes come after a session is held. */
  public void edit(Details details, Instant now) {
    if (status == SessionStatus.CANCELLED) {
      throw new SessionRuleException(
          "session-cancelled", "The session is cancelled", "a cancelled session stays as it was");
    }
    describe(details, now);
  }

  private void describe(Details details, Instant now) {
    if (details.startsAt() == null) {
      throw SessionRules.invalid("a session has a date and time");
    }
    String newPlace =
        SessionRules.optional(details.place(), SessionRules.PLACE_MAX_LENGTH, "a place");
    String newUrl = SessionRules.onlineUrl(details.onlineUrl());
    if (newPlace == null && newUrl == null) {
      throw SessionRules.invalid("a session has a place, an online link or both");
    }
    List<String> items = details.agenda() == null ? List.of() : details.agenda();
    List<Decision> newDecisions = details.decisions() == null ? List.of() : details.decisions();
    if (items.size() > SessionRules.AGENDA_MAX_ITEMS) {
      throw SessionRules.invalid(
          "an agenda has at most " + SessionRules.AGENDA_MAX_ITEMS + " items");
    }
    if (newDecisions.size() > SessionRules.DECISIONS_MAX) {
      throw SessionRules.invalid(
          "a session has at most " + SessionRules.DECISIONS_MAX + " decisions");
    }
    startsAt = details.startsAt();
    place = newPlace;
    onlineUrl = newUrl;
    agenda =
        items.stream()
            .map(
                item ->
                    SessionRules.text(item, SessionRules.AGENDA_ITEM_MAX_LENGTH, "an agenda item"))
            .toArray(String[]::new);
    decisions.clear();
    decisions.addAll(newDecisions);
    minutes =
        SessionRules.optional(details.minutes(), SessionRules.MINUTES_MAX_LENGTH, "the minutes");
    updatedAt = now;
  }

  /**
   * Who was present and who sent apologies, as ids of the panel's active members; replaces what was
   * recorded before. Only while the session is planned: once held, its quorum is history.
   */
  public void recordAttendance(
      Collection<UUID> presentIds, Collection<UUID> apologyIds, Set<UUID> eligible, Instant now) {
    requirePlanned("record attendance of");
    Set<UUID> here = new LinkedHashSet<>(presentIds);
    Set<UUID> excused = new LinkedHashSet<>(apologyIds);
    Set<UUID> both = new HashSet<>(here);
    both.retainAll(excused);
    if (!both.isEmpty()) {
      throw new SessionRuleException(
          "attendance-conflict",
          "A member is both present and excused",
          "present and apologies share " + both.size() + " member(s): " + both);
    }
    Set<UUID> unknown = new LinkedHashSet<>(here);
    unknown.addAll(excused);
    unknown.removeAll(eligible);
    if (!unknown.isEmpty()) {
      throw new SessionRuleException(
          "not-a-member",
          "Attendance names someone who is not an active member",
          "not active members of this panel: " + unknown);
    }
    present = here.toArray(UUID[]::new);
    apologies = excused.toArray(UUID[]::new);
    erasedPresent = 0;
    erasedApologies = 0;
    attendanceRecordedAt = now;
    updatedAt = now;
  }

  /** PLANNED → HELD; needs recorded attendance, and fixes the quorum at today's membership. */
  public void hold(int eligibleMembers, Instant now) {
    requirePlanned("hold");
    if (attendanceRecordedAt == null) {
      throw new SessionRuleException(
          "attendance-missing",
          "Attendance is not recorded",
          "record who was present before marking the session as held");
    }
    status = SessionStatus.HELD;
    eligibleAtHold = Math.max(eligibleMembers, presentCount());
    heldAt = now;
    updatedAt = now;
  }

  /** PLANNED → CANCELLED. */
  public void cancel(Instant now) {
    requirePlanned("cancel");
    status = SessionStatus.CANCELLED;
    cancelledAt = now;
    updatedAt = now;
  }

  /**
   * Drops the member from the attendance, keeping the counts (GDPR Art. 17: history without
   * identity).
   *
   * @return whether the session named the member
   */
  public boolean eraseAttendee(UUID memberId, Instant now) {
    boolean changed = false;
    if (Arrays.asList(present).contains(memberId)) {
      present = Arrays.stream(present).filter(id -> !id.equals(memberId)).toArray(UUID[]::new);
      erasedPresent++;
      changed = true;
    }
    if (Arrays.asList(apologies).contains(memberId)) {
      apologies = Arrays.stream(apologies).filter(id -> !id.equals(memberId)).toArray(UUID[]::new);
      erasedApologies++;
      changed = true;
    }
    if (changed) {
      updatedAt = now;
    }
    return changed;
  }

  /**
   * The quorum: as it was when held, or for a planned session with recorded attendance against the
   * panel's active members now; {@code null} while attendance is not recorded.
   */
  public Quorum quorum(int eligibleNow) {
    if (attendanceRecordedAt == null || status == SessionStatus.CANCELLED) {
      return null;
    }
    int eligible = status == SessionStatus.HELD ? eligibleAtHold : eligibleNow;
    // A member present who has left since still counted on the day.
    return Quorum.of(Math.max(eligible, presentCount()), presentCount());
  }

  /** Whether the session's state lets the action happen at all (the table decides who). */
  public boolean allows(PanelAction action) {
    return switch (action) {
      case CHANGE_SESSION -> status != SessionStatus.CANCELLED;
      case RECORD_ATTENDANCE, HOLD_SESSION, CANCEL_SESSION -> status == SessionStatus.PLANNED;
      default -> true;
    };
  }

  private void requirePlanned(String doing) {
    if (status != SessionStatus.PLANNED) {
      throw new SessionRuleException(
          "session-not-planned",
          "The session is no longer planned",
          "cannot " + doing + " a session that is " + status);
    }
  }

  public int presentCount() {
    return present.length + erasedPresent;
  }

  public int apologyCount() {
    return apologies.length + erasedApologies;
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

  public Instant startsAt() {
    return startsAt;
  }

  public String place() {
    return place;
  }

  public String onlineUrl() {
    return onlineUrl;
  }

  public List<String> agenda() {
    return List.of(agenda);
  }

  public String minutes() {
    return minutes;
  }

  public SessionStatus status() {
    return status;
  }

  public Instant attendanceRecordedAt() {
    return attendanceRecordedAt;
  }

  public List<UUID> present() {
    return List.of(present);
  }

  public List<UUID> apologies() {
    return List.of(apologies);
  }

  public int erasedPresent() {
    return erasedPresent;
  }

  public int erasedApologies() {
    return erasedApologies;
  }

  public List<Decision> decisions() {
    return List.copyOf(decisions);
  }

  public Instant heldAt() {
    return heldAt;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public long version() {
    return version;
  }
}
