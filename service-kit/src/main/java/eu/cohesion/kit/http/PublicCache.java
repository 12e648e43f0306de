package eu.cohesion.kit.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read of public data that shared caches may keep: its successful answers to anonymous
 * callers get {@code Cache-Control: public, max-age=N} instead of the default {@code no-store}
 * (with {@code Vary: Authorization}; a signed-in caller's answer stays {@code no-store}, it may
 * show more). Never put it on a read whose anonymous answer holds personal data.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicCache {

  /** Seconds a cache may serve the response without asking again. */
  int maxAge() default 60;
}
