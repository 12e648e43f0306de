package eu.cohesion.practice;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.localstack.testing.SqlProbe;
import eu.cohesion.practice.domain.discussion.Moderation;
import eu.cohesion.practice.domain.discussion.PostKind;
import eu.cohesion.practice.service.discussion.DiscussionPosting;
import eu.cohesion.practice.service.discussion.PostModeration;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSetMetaData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Posts for tests, written through the use cases by people of other towns (a test's requests all
 * carry one identity), and the discussion's rows read directly.
 */
@ApplicationScoped
public class Discussions {

  private final DiscussionPosting posting;
  private final PostModeration moderation;
  private final SqlProbe sql;

  Discussions(DiscussionPosting posting, PostModeration moderation, AgroalDataSource dataSource) {
    this.posting = posting;
    this.moderation = moderation;
    this.sql = new SqlProbe(dataSource);
  }

  /** A fresh panel member of the town, with a bucket of posts of their own. */
  public static Actor member(String city) {
    return new Actor("member-" + UUID.randomUUID(), Set.of(Role.PANEL_MEMBER), city);
  }

  public static Actor coordinator(String city) {
    return new Actor("coordinator-" + UUID.randomUUID(), Set.of(Role.CITY_COORDINATOR), city);
  }

  public static Actor admin() {
    return new Actor("admin-" + UUID.randomUUID(), Set.of(Role.NETWORK_ADMIN), null);
  }

  public UUID question(Actor author, UUID practiceId, String title) {
    return posting.ask(author, practiceId, title, "Body of " + title).id();
  }

  public UUID comment(Actor author, UUID practiceId, String body) {
    return posting.comment(author, practiceId, body).id();
  }

  public UUID reply(Actor author, UUID practiceId, UUID parentId, PostKind kind, String body) {
    return posting.reply(author, practiceId, parentId, kind, body).id();
  }

  public void report(Actor reporter, UUID postId, String reason) {
    posting.report(reporter, postId, reason);
  }

  public void hide(UUID postId, long version, String reason) {
    moderation.moderate(admin(), postId, version, Moderation.Step.HIDE, reason);
  }

  /** Every column of the post's row, to compare before and after a refused request. */
  public Map<String, Object> row(UUID postId) {
    return sql.query(
        "select * from discussion_post where id = ?",
        rs -> {
          Map<String, Object> row = new LinkedHashMap<>();
          if (rs.next()) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              row.put(meta.getColumnName(i), rs.getObject(i));
            }
          }
          return row;
        },
        postId);
  }

  /** How many posts, reports and moderation steps a practice's discussion holds. */
  public String counts(UUID practiceId) {
    return sql.count("select count(*) from discussion_post where practice_id = ?", practiceId)
        + " posts, "
        + sql.count(
            "select count(*) from post_report r join discussion_post p on p.id = r.post_id"
                + " where p.practice_id = ?",
            practiceId)
        + " reports, "
        + sql.count(
            "select count(*) from post_moderation m join discussion_post p on p.id = m.post_id"
                + " where p.practice_id = ?",
            practiceId)
        + " moderation steps";
  }

  public long count(String query, Object... parameters) {
    return sql.count(query, parameters);
  }
}
