package eu.cohesion.kit.testing;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Reads a service's {@code /q/metrics} answer (Prometheus text format) in tests. */
public final class ScrapedMetrics {

  private final String text;

  private ScrapedMetrics(String text) {
    this.text = text;
  }

  public static ScrapedMetrics of(String text) {
    return new ScrapedMetrics(text);
  }

  /** Every metric name that has at least one sample. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>();
    text.lines().filter(ScrapedMetrics::isSample).map(ScrapedMetrics::nameOf).forEach(names::add);
    return names;
  }

  /** The sum of the samples of {@code name} whose labels include {@code labels}; 0 if none. */
  public double sum(String name, Map<String, String> labels) {
    return text.lines()
        .filter(ScrapedMetrics::isSample)
        .filter(line -> nameOf(line).equals(name))
        .filter(line -> labels.entrySet().stream().allMatch(l -> hasLabel(line, l)))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static boolean isSample(String line) {
    return !line.isBlank() && !line.startsWith("#");
  }

  private static String nameOf(String line) {
    int end = line.indexOf('{');
    return line.substring(0, end >= 0 ? end : line.indexOf(' '));
  }

  private static boolean hasLabel(String line, Map.Entry<String, String> label) {
    int open = line.indexOf('{');
    return open >= 0
        && line.substring(open, line.lastIndexOf('}'))
            .matches(
                ".*[{,]" + Pattern.quote(label.getKey() + "=\"" + label.getValue() + "\"") + ".*");
  }
}
