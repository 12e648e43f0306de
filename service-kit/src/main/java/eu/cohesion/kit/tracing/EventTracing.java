package eu.cohesion.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries a trace across the outbox and Kafka: the CloudEvent remembers the W3C {@code traceparent}
 * of the span that appended it (the request that made the change; CloudEvents' distributed-tracing
 * extension), and the consumer continues that trace in a span of its own. The relay runs after the
 * commit, often on another thread, so the context of the moment of sending would be the wrong
 * parent: that is why the kit does this itself and Quarkus' messaging instrumentation is off
 * ({@code quarkus.otel.instrument.messaging=false}).
 */
@ApplicationScoped
public class EventTracing {

  static final String TRACEPARENT = "traceparent";

  private static final TextMapGetter<Map<String, String>> FROM_MAP =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private final Tracer tracer;

  EventTracing(Tracer tracer) {
    this.tracer = tracer;
  }

  /** The current span as a W3C traceparent, or null outside a sampled trace. */
  public String currentTraceparent() {
    if (!Span.current().getSpanContext().isValid()) {
      return null;
    }
    Map<String, String> carrier = new HashMap<>();
    W3CTraceContextPropagator.getInstance()
        .inject(Context.current(), carrier, (map, key, value) -> map.put(key, value));
    return carrier.get(TRACEPARENT);
  }

  /**
   * Runs {@code work} in a span of {@code kind} named {@code name}, the child of {@code
   * traceparent} when it is one (a malformed or missing value starts a new trace: tracing never
   * refuses an event), with {@code attributes} (OpenTelemetry's semantic names, e.g.
   * messaging.system). Exceptions end the span as failed and are rethrown.
   */
  public void inSpan(
      String name,
      SpanKind kind,
      String traceparent,
      Map<String, String> attributes,
      Runnable work) {
    Context parent =
        traceparent == null
            ? Context.root()
            : W3CTraceContextPropagator.getInstance()
                .extract(Context.root(), Map.of(TRACEPARENT, traceparent), FROM_MAP);
    SpanBuilder builder = tracer.spanBuilder(name).setSpanKind(kind).setParent(parent);
    attributes.forEach(builder::setAttribute);
    Span span = builder.startSpan();
    try (Scope ignored = span.makeCurrent()) {
      work.run();
    } catch (RuntimeException | Error e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }
}
