package eu.cohesion.panel.domain.sortition;

import java.util.List;

/**
 * The outcome of reading a CSV file: either accepted with its value and no issues, or rejected as a
 * whole ({@code value == null}) with every issue found, line by line.
 */
public record CsvReport<T>(T value, List<CsvLineIssue> issues, boolean accepted) {

  public CsvReport {
    issues = List.copyOf(issues);
    if (accepted != (value != null) || accepted != issues.isEmpty()) {
      throw new IllegalArgumentException("accepted iff a value and no issues");
    }
  }

  static <T> CsvReport<T> accept(T value) {
    return new CsvReport<>(value, List.of(), true);
  }

  static <T> CsvReport<T> reject(List<CsvLineIssue> issues) {
    return new CsvReport<>(null, issues, false);
  }
}
