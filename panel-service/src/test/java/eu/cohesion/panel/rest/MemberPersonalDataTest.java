package eu.cohesion.panel.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.panel.MembersChangedProbe;
import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.domain.StakeholderCategory;
import eu.cohesion.panel.service.MemberPersonalData;
import eu.cohesion.panel.service.NewMember;
import eu.cohesion.panel.service.NewPanel;
import eu.cohesion.panel.service.PanelCreation;
import eu.cohesion.panel.service.PanelMemberRepository;
import eu.cohesion.panel.service.PanelMembership;
import eu.cohesion.panel.service.privacy.DataSubject;
import eu.cohesion.panel.service.privacy.PersonalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Export and erasure of a person's membership periods (GDPR Art. 15/17/20). */
@QuarkusTest
class MemberPersonalDataTest {

  private static final Actor ADMIN = new Actor("network-admin", Set.of(Role.NETWORK_ADMIN), null);

  @Inject PanelCreation creation;
  @Inject PanelMembership membership;
  @Inject PanelMemberRepository members;
  @Inject MemberPersonalData memberships;
  @Inject Instance<PersonalDataSource> sources;
  @Inject MembersChangedProbe balance;

  @Test
  void membershipsAreOneOfThePersonalDataSources() {
    assertEquals(1, sources.stream().filter(s -> s.section().equals("memberships")).count());
  }

  @Test
  void theExportHoldsEveryPeriodWithItsConsentAndErasureKeepsOnlyTheHistory() {
    UUID panel =
        creation.create(ADMIN, new NewPanel("delft", "Delft " + UUID.randomUUID(), null)).id();
    UUID account = UUID.randomUUID();
    UUID first =
        membership
            .add(
                ADMIN,
                panel,
                new NewMember(
                    "Sanne de Vries",
                    StakeholderCategory.CITIZEN,
                    MemberRole.CHAIR,
                    "Buurtvereniging",
                    List.of(PopulationGroup.EXPAT),
                    "consent-v1"))
            .id();
    UUID second =
        membership
            .add(
                ADMIN,
                panel,
                new NewMember(
                    "Sanne de Vries",
                    StakeholderCategory.EXPERT,
                    MemberRole.MEMBER,
                    null,
                    List.of(),
                    null))
            .id();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              members.findById(first).linkAccount(account, Instant.now());
              members.findById(first).leave("Moved", Instant.now());
              members.findById(second).linkAccount(account, Instant.now());
            });
    assertEquals(Set.of(first, second), members.memberIdsOfAccount(account));

    List<Map<String, Object>> exported = memberships.export(new DataSubject(account, Set.of()));
    assertEquals(2, exported.size());
    Map<String, Object> period = exported.get(0);
    assertEquals(first, period.get("memberId"));
    assertEquals("Sanne de Vries", period.get("displayName"));
    assertEquals("Buurtvereniging", period.get("organisation"));
    assertEquals("Moved", period.get("leaveReason"));
    assertEquals(List.of(PopulationGroup.EXPAT), period.get("populationGroups"));
    @SuppressWarnings("unchecked")
    Map<String, Object> consent = (Map<String, Object>) period.get("consent");
    assertEquals("consent-v1", consent.get("textVersion"));

    long fired = balance.firedFor(panel);
    QuarkusTransaction.requiringNew()
        .run(() -> memberships.erase(new DataSubject(account, Set.of()), Instant.now()));
    assertEquals(fired + 1, balance.firedFor(panel));
    // Read in a transaction of its own: this thread's session still holds the exported entities.
    PanelMember erased = QuarkusTransaction.requiringNew().call(() -> members.findById(first));
    assertEquals(PanelMember.ERASED_NAME, erased.displayName());
    assertNull(erased.organisation());
    assertNull(erased.keycloakUserId());
    assertNull(erased.leaveReason());
    assertEquals(Set.of(), erased.populationGroups());
    assertNull(erased.consentRecordedAt());
    assertEquals(StakeholderCategory.CITIZEN, erased.stakeholderCategory());
    assertEquals(MemberRole.CHAIR, erased.role());
    assertEquals(Set.of(), members.memberIdsOfAccount(account), "no longer linked to the person");
    assertEquals(
        PanelMember.ERASED_NAME,
        QuarkusTransaction.requiringNew()
            .call(() -> memberships.export(new DataSubject(null, Set.of(second))))
            .get(0)
            .get("displayName"));
  }
}
