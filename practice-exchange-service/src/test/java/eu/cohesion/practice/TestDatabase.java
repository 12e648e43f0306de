package eu.cohesion.practice;

import eu.cohesion.localstack.testing.SqlProbe;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the service's tables directly, to check what a request or an event did or did not change.
 */
@ApplicationScoped
public class TestDatabase {

  private final SqlProbe sql;

  TestDatabase(AgroalDataSource dataSource) {
    this.sql = new SqlProbe(dataSource);
  }

  public long practicesFor(UUID initiativeId) {
    return sql.count(
        "select count(*) from good_practice where source_initiative_id = ?", initiativeId);
  }

  public Optional<UUID> practiceFor(UUID initiativeId) {
    return sql.query(
        "select id from good_practice where source_initiative_id = ?",
        rs -> rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty(),
        initiativeId);
  }

  /** Every column of the practice's row, to compare before and after a refused request. */
  public Map<String, Object> practiceRow(UUID practiceId) {
    return row("select * from good_practice where id = ?", practiceId);
  }

  /** Every column of the transfer's row, to compare before and after a refused request. */
  public Map<String, Object> transferRow(UUID transferId) {
    return row("select * from practice_transfer where id = ?", transferId);
  }

  /** Every column of the finding's row, to compare before and after a refused request. */
  public Map<String, Object> findingRow(UUID findingId) {
    return row("select * from common_finding where id = ?", findingId);
  }

  public Map<String, Object> recommendationRow(UUID recommendationId) {
    return row("select * from recommendation where id = ?", recommendationId);
  }

  public long findingRevisions(UUID findingId) {
    return sql.count("select count(*) from finding_revision where finding_id = ?", findingId);
  }

  public long endorsements(UUID recommendationId) {
    return sql.count(
        "select count(*) from recommendation_endorsement where recommendation_id = ?",
        recommendationId);
  }

  private Map<String, Object> row(String query, UUID id) {
    return sql.query(
        query,
        rs -> {
          Map<String, Object> row = new LinkedHashMap<>();
          if (rs.next()) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              Object value = rs.getObject(i);
              // A java.sql.Array compares by identity: its elements are what a test compares.
              row.put(
                  meta.getColumnName(i),
                  value instanceof java.sql.Array array
                      ? java.util.List.of((Object[]) array.getArray())
                      : value);
            }
          }
          return row;
        },
        id);
  }

  public long transfersOf(UUID practiceId) {
    return sql.count("select count(*) from practice_transfer where practice_id = ?", practiceId);
  }

  public long transfersBy(String author) {
    return sql.count("select count(*) from practice_transfer where created_by = ?", author);
  }

  /** The practice's transfer count in the search index. */
  public long searchTransferCount(UUID practiceId) {
    return sql.count(
        "select transfer_count from practice_search where practice_id = ?", practiceId);
  }

  /** Revisions and validation steps of the practice: a refused request adds neither. */
  public long historyRows(UUID practiceId) {
    return sql.count("select count(*) from practice_revision where practice_id = ?", practiceId)
        + sql.count(
            "select count(*) from practice_validation_step where practice_id = ?", practiceId);
  }

  public long translationsOf(UUID practiceId) {
    return sql.count("select count(*) from practice_translation where practice_id = ?", practiceId);
  }

  public boolean processed(String eventId) {
    return sql.count("select count(*) from processed_event where event_id = ?", eventId) == 1;
  }

  public long outboxRows() {
    return sql.count("select count(*) from outbox_event");
  }

  public long outboxRows(UUID aggregateId, String type) {
    return sql.count(
        "select count(*) from outbox_event where aggregate_id = ? and type = ?", aggregateId, type);
  }

  /** A change written beside the service, as another replica or an operator's SQL would. */
  public void retitleDirectly(UUID practiceId, String title) {
    sql.update("update good_practice set title = ? where id = ?", title, practiceId);
  }

  /** Tables of the schema a change of which would not invalidate the public read cache. */
  public List<String> tablesWithoutReadCacheTrigger() {
    return sql.query(
        """
        select t.tablename from pg_tables t
        where t.schemaname = current_schema()
          and t.tablename not in ('flyway_schema_history', 'outbox_event', 'processed_event',
                                  'idempotency_keys', 'admin_audit')
          and not exists (select 1 from pg_trigger g
                          where g.tgrelid = (quote_ident(t.tablename))::regclass
                            and g.tgname = 'kit_read_cache_changed')
        order by 1
        """,
        rs -> {
          List<String> tables = new ArrayList<>();
          while (rs.next()) {
            tables.add(rs.getString(1));
          }
          return tables;
        });
  }

  /** Ends the read cache's listening connection, as a database restart or a network cut would. */
  public long dropReadCacheListener() {
    return sql.count(
        "select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity"
            + " where application_name = 'kit-read-cache-listener'"
            + " and datname = current_database()) t");
  }
}
