package eu.cohesion.panel.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemberAccountRulesTest {

  private final UUID member = UUID.randomUUID();
  private final UUID other = UUID.randomUUID();

  @Test
  void anAccountOfThePanelsTownMayBeLinked() {
    assertDoesNotThrow(() -> MemberAccountRules.requireAccountOfTown("mechelen", "mechelen"));
  }

  @Test
  void anAccountOfAnotherTownOrWithoutTownIsRefused() {
    assertThrows(
        AccountOfOtherTownException.class,
        () -> MemberAccountRules.requireAccountOfTown("tartu", "mechelen"));
    assertThrows(
        AccountOfOtherTownException.class,
        () -> MemberAccountRules.requireAccountOfTown(null, "mechelen"));
  }

  @Test
  void anAccountHeldByNobodyOrByTheSameMemberMayBeLinked() {
    assertDoesNotThrow(() -> MemberAccountRules.requireNotLinkedElsewhere(member, List.of()));
    assertDoesNotThrow(() -> MemberAccountRules.requireNotLinkedElsewhere(member, List.of(member)));
  }

  @Test
  void anAccountHeldByAnotherActiveMemberIsAConflictNamingThatMember() {
    AccountLinkedElsewhereException refused =
        assertThrows(
            AccountLinkedElsewhereException.class,
            () -> MemberAccountRules.requireNotLinkedElsewhere(member, List.of(member, other)));
    assertEquals(other, refused.memberId());
    assertEquals(409, refused.status());
  }

  @Test
  void anInvitationAlwaysMakesAPanelMember() {
    assertEquals("panel-member", MemberAccountRules.INVITED_ROLE);
  }
}
