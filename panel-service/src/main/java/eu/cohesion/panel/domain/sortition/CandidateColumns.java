package eu.cohesion.panel.domain.sortition;

import java.util.List;
import java.util.Objects;

/**
 * Which columns of a candidates CSV mean what. Other columns (names, e-mail, phone … in the
 * Sortition Foundation's files) are ignored on import and not written on export.
 *
 * @param idColumn the column with the candidate's unique id (the Sortition Foundation's tools use
 *     e.g. {@code id} or {@code nationbuilder_id})
 * @param features the feature columns, in export order; each must be in the header
 * @param householdColumns the address columns that together identify a household (e.g. {@code
 *     primary_address1}, {@code zip_royal_mail}); empty when households are not declared
 */
public record CandidateColumns(
    String idColumn, List<String> features, List<String> householdColumns) {

  public CandidateColumns {
    Objects.requireNonNull(idColumn, "idColumn");
    features = List.copyOf(features);
    householdColumns = List.copyOf(householdColumns);
  }

  /** An {@code id} column, these features, no household columns. */
  public static CandidateColumns of(List<String> features) {
    return new CandidateColumns("id", features, List.of());
  }
}
