package eu.cohesion.initiative.service;

import eu.cohesion.initiative.service.NotificationRecipients.Addressee;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the queued e-mails, after the transaction that queued them committed and on a timer for
 * retries. The address is looked up in Keycloak now, the text rendered in the recipient's language
 * now; no transaction is open while the SMTP server is talked to.
 */
@ApplicationScoped
public class NotificationMailRelay {

  private static final Logger LOG = Logger.getLogger(NotificationMailRelay.class);

  private final NotificationMailQueue queue;
  private final NotificationRecipients recipients;
  private final NotificationPreferenceStore preferences;
  private final NotificationMailComposer composer;
  private final Mailer mailer;
  private final int batchSize;
  private final Duration lease;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "notification-mail-relay"));
  private final AtomicBoolean queued = new AtomicBoolean();

  NotificationMailRelay(
      NotificationMailQueue queue,
      NotificationRecipients recipients,
      NotificationPreferenceStore preferences,
      NotificationMailComposer composer,
      Mailer mailer,
      @ConfigProperty(name = "cohesion.notifications.mail.batch-size", defaultValue = "20")
          int batchSize,
      @ConfigProperty(name = "cohesion.notifications.mail.lease", defaultValue = "2m")
          Duration lease) {
    this.queue = queue;
    this.recipients = recipients;
    this.preferences = preferences;
    this.composer = composer;
    this.mailer = mailer;
    this.batchSize = batchSize;
    this.lease = lease;
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queuedMail) {
    requestDrain();
  }

  @Scheduled(
      every = "${cohesion.notifications.mail.relay-interval:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void periodically() {
    requestDrain();
  }

  void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(5, TimeUnit.SECONDS);
  }

  private void requestDrain() {
    if (queued.compareAndSet(false, true)) {
      try {
        worker.execute(this::drain);
      } catch (RejectedExecutionException e) {
        // shutting down: the rows stay queued for the next start
      }
    }
  }

  private void drain() {
    queued.set(false);
    try {
      List<NotificationMailQueue.Pending> batch;
      do {
        batch = queue.claim(batchSize, lease);
        batch.forEach(this::send);
      } while (batch.size() == batchSize);
    } catch (RuntimeException e) {
      LOG.warn("notification mail relay failed; retrying on the next trigger", e);
    }
  }

  private void send(NotificationMailQueue.Pending mail) {
    try {
      if (!preferences.of(mail.recipient()).emailEnabled()) {
        queue.drop(mail.id());
        return;
      }
      Optional<Addressee> addressee = recipients.addressee(mail.recipient());
      if (addressee.isEmpty()) {
        LOG.infof("mail %s dropped: no address for its recipient", mail.id());
        queue.drop(mail.id());
        return;
      }
      Optional<NotificationMailComposer.Composed> composed =
          composer.compose(mail, addressee.get());
      if (composed.isEmpty()) {
        queue.drop(mail.id());
        return;
      }
      mailer.send(
          Mail.withText(addressee.get().email(), composed.get().subject(), composed.get().text()));
      queue.sent(mail.id());
    } catch (RuntimeException e) {
      LOG.warnf("mail %s failed (attempt %d): %s", mail.id(), mail.attempts() + 1, e.toString());
      queue.failed(mail, e.toString());
    }
  }
}
