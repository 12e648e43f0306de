package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.EXPORT_OPEN_DATA;

import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.opendata.OpenDataFormat;
import eu.cohesion.practice.domain.opendata.OpenDataset;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Exports the open datasets. The rows are written while the response is sent, after the request's
 * use case returned, so they are read on a connection of their own (see {@link OpenDataSql}).
 */
@ApplicationScoped
public class OpenDataExport {

  private final DataSource dataSource;

  OpenDataExport(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Refuses a caller the table does not let export (today: nobody is refused). */
  public void authorise(Actor actor) {
    if (!PracticePermissions.TABLE.allowsEverywhere(EXPORT_OPEN_DATA, actor)) {
      throw new ActionNotPermittedException("you may not export open data");
    }
  }

  /** The exports' version now: the same text as long as no practice changed. */
  public String fingerprint() {
    try (Connection connection = dataSource.getConnection()) {
      return OpenDataSql.fingerprint(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the open data's version failed", e);
    }
  }

  /** Streams the dataset to {@code out}, from a read-only cursor. */
  public void write(OpenDataset dataset, OpenDataFormat format, OutputStream out) {
    try (Connection connection = dataSource.getConnection()) {
      OpenDataSql.export(connection, dataset, format, out);
    } catch (SQLException e) {
      throw new IllegalStateException("exporting " + dataset.name() + " failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
