package eu.cohesion.practice.service.report;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The report's own words in one of the network's languages: {@code report/labels_<lang>.properties}
 * (UTF-8), English in {@code report/labels.properties}. A key missing in a language falls back to
 * English, never to the JVM's default locale.
 */
public final class ReportLabels {

  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ReportLabels() {}

  /** Every label in {@code lang}, keyed as in the English file. */
  public static Map<String, String> of(String lang) {
    ResourceBundle bundle =
        ResourceBundle.getBundle("report.labels", Locale.forLanguageTag(lang), NO_DEFAULT_LOCALE);
    Map<String, String> labels = new HashMap<>();
    for (String key : Collections.list(bundle.getKeys())) {
      labels.put(key, bundle.getString(key));
    }
    return Map.copyOf(labels);
  }
}
