package eu.cohesion.panel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** What a session decided, in words, about an initiative when {@code initiativeId} is set. */
@Embeddable
public class Decision {

  public static final int TEXT_MAX_LENGTH = 2000;

  @Column(name = "text", nullable = false)
  private String text;

  @Column(name = "initiative_id")
  private UUID initiativeId;

  protected Decision() {}

  public Decision(String text, UUID initiativeId) {
    this.text = SessionRules.text(text, TEXT_MAX_LENGTH, "a decision");
    this.initiativeId = initiativeId;
  }

  public String text() {
    return text;
  }

  public UUID initiativeId() {
    return initiativeId;
  }
}
