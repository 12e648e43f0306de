package eu.cohesion.kit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.kit.rest.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestInputTest {

  @Test
  void ordinaryPathsAndQueriesPass() {
    assertTrue(
        RequestInput.checkUri("/cities/reggio-emilia", "page=0&size=20&sort=name,desc").isEmpty());
    assertTrue(RequestInput.checkUri("/cities/panev%C4%97%C5%BEys", "q=a+b&flag").isEmpty());
  }

  @Test
  void namesThePartThatNoEndpointCanMean() {
    assertEquals(
        new Violation("path segment 2", "contains control characters such as NUL"),
        RequestInput.checkUri("/cities/%00", null).orElseThrow());
    assertEquals(
        new Violation("path segment 1", "has a broken percent-encoding"),
        RequestInput.checkUri("/%zz", null).orElseThrow());
    assertEquals(
        new Violation("path segment 1", "has a broken percent-encoding"),
        RequestInput.checkUri("/abc%4", null).orElseThrow());
    assertEquals(
        new Violation("city", "is not valid UTF-8"),
        RequestInput.checkUri("/panels", "city=%C3%28").orElseThrow());
    assertEquals(
        new Violation("size", "is longer than 2048 characters"),
        RequestInput.checkUri("/panels", "size=" + "9".repeat(2049)).orElseThrow());
    assertEquals("query", RequestInput.checkUri("/panels", "a%00=1").orElseThrow().field());
  }

  @Test
  void headersWithControlCharactersOrAbsurdLengthsAreRefused() {
    assertTrue(
        RequestInput.checkHeaders(List.of(Map.entry("Accept", "application/json\tq=1"))).isEmpty());
    assertEquals(
        Optional.of(new Violation("If-Match", "contains control characters")),
        RequestInput.checkHeaders(List.of(Map.entry("If-Match", "\"3\"\u0000"))));
    assertEquals(
        "X-Long",
        RequestInput.checkHeaders(List.of(Map.entry("X-Long", "x".repeat(8193))))
            .orElseThrow()
            .field());
  }
}
