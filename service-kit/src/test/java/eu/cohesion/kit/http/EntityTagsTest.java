package eu.cohesion.kit.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

  @Test
  void ifNoneMatchUsesTheWeakComparison() {
    assertTrue(EntityTags.noneMatchHits("\"3\"", "\"3\""));
    assertTrue(EntityTags.noneMatchHits("W/\"3\"", "\"3\""));
    assertTrue(EntityTags.noneMatchHits("\"3\"", "W/\"3\""));
    assertTrue(EntityTags.noneMatchHits("\"1\", \"3\"", "\"3\""));
    assertTrue(EntityTags.noneMatchHits(" * ", "\"3\""));
    assertFalse(EntityTags.noneMatchHits("\"4\"", "\"3\""));
    assertFalse(EntityTags.noneMatchHits("3", "\"3\""));
    assertFalse(EntityTags.noneMatchHits(null, "\"3\""));
    assertFalse(EntityTags.noneMatchHits("*", null));
  }
}
