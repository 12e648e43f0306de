package eu.cohesion.practice.service.discussion;

import eu.cohesion.practice.domain.discussion.PostReport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<PostReport, UUID> {

  /** Same question as the unique constraint {@code uq_post_report_reporter}. */
  boolean reported(UUID postId, String reporter) {
    return count("postId = ?1 and reportedBy = ?2", postId, reporter) > 0;
  }

  List<PostReport> madeBy(String subject) {
    return list("reportedBy = ?1 order by reportedAt, id", subject);
  }
}
