package eu.cohesion.initiative.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A step of an initiative's plan with its due date, and whether it has been reached. */
@Embeddable
public class Milestone {

  @Column(nullable = false)
  private String title;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(nullable = false)
  private boolean done;

  protected Milestone() {}

  public Milestone(String title, LocalDate dueOn, boolean done) {
    this.title = InitiativeRules.milestoneTitle(title);
    this.dueOn = Objects.requireNonNull(dueOn, "a milestone has a due date");
    this.done = done;
  }

  public String title() {
    return title;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public boolean done() {
    return done;
  }
}
