package eu.cohesion.practice.domain.webhook;

/** PENDING until a 2xx (DELIVERED) or the last allowed attempt failed (FAILED). */
public enum DeliveryStatus {
  PENDING,
  DELIVERED,
  FAILED
}
