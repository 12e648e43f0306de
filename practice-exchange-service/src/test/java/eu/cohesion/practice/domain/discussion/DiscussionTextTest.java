package eu.cohesion.practice.domain.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain text within its length: what a post, a title and a reason must be. */
class DiscussionTextTest {

  @Test
  void aBodyIsTrimmedAndKept() {
    assertEquals("How long did it take?", DiscussionText.body("  How long did it take?\n"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a < b and c > d",
        "<3 this practice",
        "fish & chips",
        "see https://example.org/a?b=1&c=2",
        "x<y",
        "2 << 3",
        "& amp;"
      })
  void textThatOnlyLooksLikeMarkupIsText(String text) {
    assertEquals(text, DiscussionText.body(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<b>bold</b>",
        "hello <script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "</p>",
        "<a href='x'>link</a>",
        "<!-- hidden -->",
        "<!DOCTYPE html>",
        "<?xml version='1.0'?>",
        "fish &amp; chips",
        "&#60;b&#62;",
        "&#x3c;b"
      })
  void markupIsRefused(String text) {
    TextRefusedException refused =
        assertThrows(TextRefusedException.class, () -> DiscussionText.body(text));
    assertEquals("markup-refused", refused.slug());
    assertEquals(422, refused.status());
    assertEquals(
        "body must be plain text: HTML tags and entities are not accepted", refused.getMessage());
  }

  @Test
  void lengthsAreCountedInCharactersAfterTrimming() {
    assertEquals("ok", DiscussionText.body(" ok "));
    TextRefusedException tooShort =
        assertThrows(TextRefusedException.class, () -> DiscussionText.body("  x  "));
    assertEquals("text-length", tooShort.slug());
    assertEquals("body must be 2 to 4000 characters, not 1", tooShort.getMessage());
    assertEquals(4000, DiscussionText.body("é".repeat(4000)).length());
    assertThrows(TextRefusedException.class, () -> DiscussionText.body("é".repeat(4001)));
    // One emoji is one character, though two UTF-16 units.
    assertEquals(2, DiscussionText.body("😀😀").codePointCount(0, 4));
    assertThrows(TextRefusedException.class, () -> DiscussionText.body(null));
  }

  @Test
  void aTitleHoldsTwoHundredCharacters() {
    assertEquals(200, DiscussionText.title("t".repeat(200)).length());
    TextRefusedException refused =
        assertThrows(TextRefusedException.class, () -> DiscussionText.title("t".repeat(201)));
    assertEquals("title must be 2 to 200 characters, not 201", refused.getMessage());
  }

  @Test
  void aReportMayGiveNoReason() {
    assertNull(DiscussionText.optionalReason(null));
    assertNull(DiscussionText.optionalReason("   "));
    assertEquals("spam", DiscussionText.optionalReason(" spam "));
    assertThrows(TextRefusedException.class, () -> DiscussionText.reason(" "));
    assertThrows(TextRefusedException.class, () -> DiscussionText.reason("r".repeat(501)));
  }
}
