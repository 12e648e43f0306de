package eu.cohesion.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contact details leave a resident's free text before storage; opinions and figures stay. */
class FreeTextScreenTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Write to jan.peeters@example.be for more      | Write to […] for more
          mail: an_de+news@sub.stad.mechelen.be.        | mail: […].
          an (at) example (dot) be is not an address    | an (at) example (dot) be is not an address
          an (at) example.be                            | […]
          Call me on +32 470 12 34 56 please            | Call me on […] please
          Bel 0470/12.34.56                             | Bel […]
          ring 015 29 40 00                             | ring […]
          phone 20123456789                             | phone […]
          From 2019-2020 on, 40 % of 1200 people came   | From 2019-2020 on, 40 % of 1200 people came
          Postcode 2800, year 2024, 12.03.2024          | Postcode 2800, year 2024, 12.03.2024
          Très bien, merci ! Ça aide les voisins.       | Très bien, merci ! Ça aide les voisins.
          """)
  void removesContactDetailsOnly(String raw, String expected) {
    assertEquals(expected, FreeTextScreen.screen(raw).text());
  }

  @ParameterizedTest(name = "{0} has {1} details")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nothing here                         | 0
          a@b.eu and +45 20 12 34 56           | 2
          x@y.dk, z@w.dk                       | 2
          """)
  void countsTheRedactions(String raw, int redactions) {
    assertEquals(redactions, FreeTextScreen.screen(raw).redactions());
  }

  @Property
  void noEmbeddedAddressSurvives(
      @ForAll("prose") String before,
      @ForAll("emails") String email,
      @ForAll("prose") String after) {
    String screened = FreeTextScreen.screen(before + " " + email + " " + after).text();
    assertFalse(screened.contains(email), screened);
    assertFalse(screened.contains("@"), screened);
  }

  @Property
  void noEmbeddedPhoneNumberSurvives(
      @ForAll("prose") String before,
      @ForAll("phones") String phone,
      @ForAll("prose") String after) {
    String screened = FreeTextScreen.screen(before + " " + phone + " " + after).text();
    long digitsLeft = screened.chars().filter(Character::isDigit).count();
    assertEquals(0, digitsLeft, screened);
  }

  @Property
  void textWithoutDigitsOrAtSignsIsKeptAsItIs(@ForAll("prose") String prose) {
    assertEquals(prose, FreeTextScreen.screen(prose).text());
    assertEquals(0, FreeTextScreen.screen(prose).redactions());
  }

  @Property
  void screeningIsIdempotentAndNeverLengthens(@ForAll("mixed") String raw) {
    String once = FreeTextScreen.screen(raw).text();
    assertEquals(once, FreeTextScreen.screen(once).text());
    assertTrue(once.length() <= raw.length());
  }

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyzéèçëõšžąų ,.!?'-")
        .ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> emails() {
    Arbitrary<String> part =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyz0123456789")
            .ofMinLength(1)
            .ofMaxLength(10);
    Arbitrary<String> tld =
        Arbitraries.of("be", "dk", "ee", "fr", "it", "lv", "lt", "nl", "si", "al", "eu", "com");
    Arbitrary<String> local =
        Combinators.combine(part, Arbitraries.of("", ".", "_", "+", "-"), part)
            .as((a, s, b) -> a + s + b);
    return Combinators.combine(local, part, tld).as((l, d, t) -> l + "@" + d + "." + t);
  }

  @Provide
  Arbitrary<String> phones() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(3);
    Arbitrary<String> separator = Arbitraries.of(" ", "-", ".", "/", "");
    Arbitrary<String> prefix = Arbitraries.of("+32 ", "+45", "0", "00370 ", "+386 (0)");
    return Combinators.combine(prefix, digits, separator, digits, separator, digits, digits)
        .as((p, a, s1, b, s2, c, d) -> p + a + s1 + b + s2 + c + s1 + d);
  }

  @Provide
  Arbitrary<String> mixed() {
    return Arbitraries.oneOf(
        Combinators.combine(prose(), emails(), prose()).as((a, e, b) -> a + e + b),
        Combinators.combine(prose(), phones(), prose()).as((a, p, b) -> a + p + b),
        Arbitraries.strings().withChars("ab1 2+@.-()/0").ofMaxLength(40));
  }
}
