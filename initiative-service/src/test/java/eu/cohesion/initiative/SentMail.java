package eu.cohesion.initiative;

import io.quarkus.mailer.MockMailbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The e-mails the service sent, as their recipient received them. */
@ApplicationScoped
public class SentMail {

  public record Message(String subject, String text) {}

  private final MockMailbox mailbox;

  SentMail(MockMailbox mailbox) {
    this.mailbox = mailbox;
  }

  public List<Message> to(String address) {
    return mailbox.getMailsSentTo(address).stream()
        .map(mail -> new Message(mail.getSubject(), mail.getText()))
        .toList();
  }
}
