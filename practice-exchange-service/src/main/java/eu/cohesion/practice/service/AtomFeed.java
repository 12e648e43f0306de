package eu.cohesion.practice.service;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * What every Atom 1.0 feed of the service shares (RFC 4287, written by ROME): a stable id made from
 * the feed's path and filters, self and alternate links, the licence, and one entry per published
 * thing linking to its page on the public site.
 */
final class AtomFeed {

  /** Entries in a feed: the latest publications. */
  static final int ENTRIES = 50;

  /** One published practice, finding or recommendation as an entry shows it. */
  record Item(
      UUID id,
      String title,
      String summary,
      Instant published,
      Instant updated,
      String author,
      List<String> categories,
      String page) {}

  /**
   * The feed's parts: {@code key} names it among all feeds (path and filters), {@code alternate} is
   * its page on the public site.
   */
  record Head(String key, String title, String subtitle, URI self, String alternate) {}

  private AtomFeed() {}

  /** The feed as XML; without items it is still valid, updated {@code now}. */
  static String write(Head head, List<Item> items, Instant now) {
    Feed feed = new Feed("atom_1.0");
    feed.setEncoding(StandardCharsets.UTF_8.name());
    feed.setId("urn:uuid:" + UUID.nameUUIDFromBytes(head.key().getBytes(StandardCharsets.UTF_8)));
    feed.setTitleEx(text(head.title()));
    feed.setSubtitle(text(head.subtitle()));
    feed.setUpdated(
        Date.from(items.stream().map(Item::updated).max(Instant::compareTo).orElse(now)));
    feed.setOtherLinks(List.of(link("self", head.self().toString(), "application/atom+xml")));
    feed.setAlternateLinks(List.of(link("alternate", head.alternate(), "text/html")));
    feed.setRights("CC BY 4.0: https://creativecommons.org/licenses/by/4.0/");
    feed.setEntries(items.stream().map(AtomFeed::entry).toList());
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("writing the feed failed", e);
    }
  }

  /** One row of a feed's query as an item. */
  @FunctionalInterface
  interface RowReader {
    Item read(ResultSet row) throws SQLException;
  }

  /** Runs a feed's query, its parameters bound in order, on the transaction's connection. */
  static List<Item> query(EntityManager entityManager, String sql, RowReader reader, Object... in) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < in.length; i++) {
                  query.setObject(i + 1, in[i]);
                }
                List<Item> items = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                  while (rows.next()) {
                    items.add(reader.read(rows));
                  }
                }
                return items;
              }
            });
  }

  static Instant instant(ResultSet row, int column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  static List<String> strings(ResultSet row, int column) throws SQLException {
    Array array = row.getArray(column);
    return List.of((String[]) array.getArray());
  }

  private static Entry entry(Item item) {
    Entry entry = new Entry();
    entry.setId("urn:uuid:" + item.id());
    entry.setTitleEx(text(item.title()));
    if (item.summary() != null) {
      entry.setSummary(text(item.summary()));
    }
    entry.setUpdated(Date.from(item.updated()));
    entry.setPublished(Date.from(item.published()));
    Person author = new Person();
    author.setName(item.author());
    entry.setAuthors(List.<SyndPerson>of(author));
    entry.setCategories(
        item.categories().stream()
            .map(
                term -> {
                  Category category = new Category();
                  category.setTerm(term);
                  return category;
                })
            .toList());
    entry.setAlternateLinks(List.of(link("alternate", item.page(), "text/html")));
    return entry;
  }

  private static Content text(String value) {
    Content content = new Content();
    content.setType(Content.TEXT);
    content.setValue(value);
    return content;
  }

  private static Link link(String rel, String href, String type) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(href);
    link.setType(type);
    return link;
  }
}
