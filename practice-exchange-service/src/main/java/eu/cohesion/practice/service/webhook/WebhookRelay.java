package eu.cohesion.practice.service.webhook;

import eu.cohesion.practice.domain.webhook.WebhookSignature;
import eu.cohesion.practice.domain.webhook.WebhookTarget;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * POSTs the queued deliveries, after the transaction that queued them committed and on a timer for
 * retries: the CloudEvent in structured mode, signed (Standard Webhooks), redirects not followed,
 * connect and response times bounded. A 2xx is delivered; anything else is retried with back-off.
 * No transaction is open while a target is talked to.
 */
@ApplicationScoped
public class WebhookRelay {

  private static final Logger LOG = Logger.getLogger(WebhookRelay.class);

  private final WebhookDeliveryQueue queue;
  private final WebhookSettings settings;
  private final Clock clock;
  private final MeterRegistry metrics;
  private final HttpClient http;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "webhook-relay"));
  private final AtomicBoolean requested = new AtomicBoolean();

  WebhookRelay(
      WebhookDeliveryQueue queue, WebhookSettings settings, Clock clock, MeterRegistry metrics) {
    this.queue = queue;
    this.settings = settings;
    this.clock = clock;
    this.metrics = metrics;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  void afterCommit(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookDeliveryQueue.Queued queued) {
    requestDrain();
  }

  @Scheduled(
      every = "${cohesion.webhook-relay.interval:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void periodically() {
    requestDrain();
  }

  void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(5, TimeUnit.SECONDS);
  }

  private void requestDrain() {
    if (requested.compareAndSet(false, true)) {
      try {
        worker.execute(this::drain);
      } catch (RejectedExecutionException e) {
        // shutting down: the rows stay queued for the next start
      }
    }
  }

  private void drain() {
    requested.set(false);
    try {
      List<WebhookDeliveryQueue.Pending> batch;
      do {
        batch = queue.claim(settings.batchSize(), settings.lease());
        batch.forEach(this::send);
      } while (batch.size() == settings.batchSize());
    } catch (RuntimeException e) {
      LOG.warn("webhook relay failed; retrying on the next trigger", e);
    }
  }

  private void send(WebhookDeliveryQueue.Pending delivery) {
    Integer status = null;
    String error;
    try {
      URI target = URI.create(delivery.targetUrl());
      for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
        if (!WebhookTarget.mayCall(address, settings.allowLoopback())) {
          throw new IOException(target.getHost() + " resolves to a private-network address");
        }
      }
      long timestamp = clock.instant().getEpochSecond();
      HttpRequest request =
          HttpRequest.newBuilder(target)
              .timeout(settings.requestTimeout())
              .header("Content-Type", WebhookDispatch.CONTENT_TYPE)
              .header("User-Agent", "Cohesion-Webhooks/1")
              .header(WebhookSignature.ID_HEADER, delivery.eventId())
              .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
              .header(
                  WebhookSignature.SIGNATURE_HEADER,
                  WebhookSignature.sign(
                      delivery.secret(), delivery.eventId(), timestamp, delivery.payload()))
              .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
              .build();
      status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status >= 200 && status < 300) {
        queue.delivered(delivery, status);
        count("delivered");
        return;
      }
      error = "HTTP " + status;
    } catch (IOException | IllegalArgumentException e) {
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    boolean paused = queue.failed(delivery, status, error, settings.policy());
    count(delivery.attempts() + 1 >= settings.maxAttempts() ? "gave-up" : "failed");
    LOG.infof(
        "webhook delivery %s (event %s) attempt %d failed: %s%s",
        delivery.id(),
        delivery.eventId(),
        delivery.attempts() + 1,
        error,
        paused ? "; subscription " + delivery.subscriptionId() + " paused" : "");
    if (paused) {
      count("paused");
    }
  }

  private void count(String outcome) {
    metrics.counter("cohesion.webhook.deliveries", "outcome", outcome).increment();
  }
}
