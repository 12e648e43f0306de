package eu.cohesion.practice.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import eu.cohesion.kit.vocabulary.NetworkLanguages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every network language prints the report in its own words: no key left to English. */
class ReportLabelsTest {

  static final List<String> TRANSLATED =
      NetworkLanguages.ALL.stream().filter(l -> !l.equals("en")).toList();

  private static Properties file(String name) throws IOException {
    try (InputStream in = ReportLabelsTest.class.getResourceAsStream("/report/" + name)) {
      assertNotNull(in, name);
      Properties labels = new Properties();
      labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return labels;
    }
  }

  @ParameterizedTest
  @FieldSource("TRANSLATED")
  void eachLanguageFileHasEveryEnglishKey(String lang) throws IOException {
    Properties english = file("labels.properties");
    Properties translated = file("labels_" + lang + ".properties");
    assertEquals(english.stringPropertyNames(), translated.stringPropertyNames(), lang);
    assertEquals(
        english.getProperty("state.GAPS").contains("{0}"),
        translated.getProperty("state.GAPS").contains("{0}"));
    assertNotEquals(english.getProperty("title"), ReportLabels.of(lang).get("title"), lang);
  }
}
