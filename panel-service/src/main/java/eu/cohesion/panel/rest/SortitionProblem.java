package eu.cohesion.panel.rest;

import eu.cohesion.kit.rest.Violation;
import eu.cohesion.panel.domain.sortition.CsvLineIssue;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The documented shape of the two sortition refusals whose problem carries more than the kit's
 * members: the kit's ProblemMappers write them from the exceptions' {@code extensions()} (a
 * rejected CSV file's {@code issues}, infeasible quotas' {@code conflicting}).
 */
@Schema(
    name = "SortitionProblem",
    description =
        "RFC 9457 problem of the sortition endpoints: issues of a rejected CSV file, or the"
            + " quotas that conflict")
public record SortitionProblem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<Violation> violations,
    @Schema(description = "Per line of a rejected CSV file (line 0: the whole file)")
        List<CsvLineIssue> issues,
    @Schema(description = "Quotas that cannot hold together") List<QuotaBody> conflicting) {}
