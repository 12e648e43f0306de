package eu.cohesion.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransferStepTest {

  private static final UUID PRACTICE = UUID.randomUUID();
  private static final UUID TRANSFER = UUID.randomUUID();
  private static final AdaptedFrom LINK = new AdaptedFrom(PRACTICE, TRANSFER, "mechelen");

  private static TransferStep step(UUID transfer, String city, String status) {
    return new TransferStep(transfer, PRACTICE, "mechelen", city, status);
  }

  @Test
  void adaptingAndTransferredLinkTheAdoptingTownsInitiative() {
    assertEquals(
        Optional.of(LINK), step(TRANSFER, "tartu", "ADAPTING").applyTo("tartu", Optional.empty()));
    assertEquals(
        Optional.of(LINK),
        step(TRANSFER, "tartu", "TRANSFERRED").applyTo("tartu", Optional.of(LINK)));
  }

  @Test
  void aLaterTransferOfAnotherPracticeReplacesTheLink() {
    UUID other = UUID.randomUUID();
    assertEquals(
        Optional.of(new AdaptedFrom(PRACTICE, other, "mechelen")),
        step(other, "tartu", "ADAPTING").applyTo("tartu", Optional.of(LINK)));
  }

  @Test
  void abandoningUnlinksOnlyTheSameTransfer() {
    assertEquals(
        Optional.empty(), step(TRANSFER, "tartu", "ABANDONED").applyTo("tartu", Optional.of(LINK)));
    assertEquals(
        Optional.of(LINK),
        step(UUID.randomUUID(), "tartu", "ABANDONED").applyTo("tartu", Optional.of(LINK)));
  }

  @Test
  void anotherTownsTransferOrAnInterestedOneChangesNothing() {
    assertEquals(
        Optional.empty(), step(TRANSFER, "celje", "ADAPTING").applyTo("tartu", Optional.empty()));
    assertEquals(
        Optional.of(LINK),
        step(TRANSFER, "celje", "ABANDONED").applyTo("tartu", Optional.of(LINK)));
    assertEquals(
        Optional.empty(), step(TRANSFER, "tartu", "INTERESTED").applyTo("tartu", Optional.empty()));
  }
}
