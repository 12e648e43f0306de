package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.ConsentText;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.service.privacy.DataSubject;
import eu.cohesion.panel.service.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The membership periods of a person, for export (every field, with the consent record and the
 * consent text it names) and erasure (identity gone, category, role and dates kept as history).
 */
@ApplicationScoped
public class MemberPersonalData implements PersonalDataSource {

  private final PanelMemberRepository members;
  private final Event<MembersChanged> membersChanged;

  MemberPersonalData(PanelMemberRepository members, Event<MembersChanged> membersChanged) {
    this.members = members;
    this.membersChanged = membersChanged;
  }

  @Override
  public String section() {
    return "memberships";
  }

  @Override
  public List<Map<String, Object>> export(DataSubject subject) {
    return members.periods(ids(subject)).stream().map(MemberPersonalData::exported).toList();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void erase(DataSubject subject, Instant now) {
    Set<UUID> panels = new HashSet<>();
    for (PanelMember member : members.periods(ids(subject))) {
      member.erase(now);
      panels.add(member.panelId());
    }
    // Erased population groups no longer count for the balance.
    panels.forEach(panel -> membersChanged.fire(new MembersChanged(panel, now)));
  }

  private Set<UUID> ids(DataSubject subject) {
    Set<UUID> ids = new HashSet<>(subject.memberIds() == null ? Set.of() : subject.memberIds());
    if (subject.keycloakUserId() != null) {
      ids.addAll(members.memberIdsOfAccount(subject.keycloakUserId()));
    }
    return ids;
  }

  private static Map<String, Object> exported(PanelMember member) {
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("memberId", member.id());
    period.put("panelId", member.panelId());
    period.put("displayName", member.displayName());
    period.put("stakeholderCategory", member.stakeholderCategory());
    period.put("role", member.role());
    period.put("organisation", member.organisation());
    period.put("keycloakUserId", member.keycloakUserId());
    period.put("joinedAt", member.joinedAt());
    period.put("leftAt", member.leftAt());
    period.put("leaveReason", member.leaveReason());
    period.put("populationGroups", List.copyOf(member.populationGroups()));
    Map<String, Object> consent = new LinkedHashMap<>();
    consent.put("recordedAt", member.consentRecordedAt());
    consent.put("textVersion", member.consentTextVersion());
    consent.put(
        "text",
        ConsentText.CURRENT.version().equals(member.consentTextVersion())
            ? ConsentText.CURRENT.texts().get("en")
            : null);
    consent.put("withdrawnAt", member.consentWithdrawnAt());
    period.put("consent", consent);
    period.put("updatedAt", member.updatedAt());
    return period;
  }
}
