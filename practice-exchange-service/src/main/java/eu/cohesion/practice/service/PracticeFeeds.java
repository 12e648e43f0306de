package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.READ_FEEDS;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Atom 1.0 feeds (RFC 4287, written by ROME) of the latest published practices, of every town or
 * one, of every theme or one. Each entry links to the practice's page on the public site.
 */
@ApplicationScoped
public class PracticeFeeds {

  /** Entries in a feed: the latest publications. */
  public static final int ENTRIES = 50;

  private static final String LATEST =
      """
      select gp.id, gp.city_code, gp.title, gp.summary, gp.published_at, gp.updated_at,
             coalesce(ps.themes, '{}') as themes
      from good_practice gp
      left join practice_search ps on ps.practice_id = gp.id
      where gp.status = 'PUBLISHED'
        and (cast(? as text) is null or gp.city_code = ?)
        and (cast(? as text) is null or ? = any(ps.themes))
      order by gp.published_at desc, gp.id desc
      limit ?
      """;

  /** One published practice as an entry shows it. */
  record Item(
      UUID id,
      String town,
      String title,
      String summary,
      Instant published,
      Instant updated,
      List<String> themes) {}

  private final EntityManager entityManager;
  private final Clock clock;
  private final String siteUrl;

  PracticeFeeds(
      EntityManager entityManager,
      Clock clock,
      @ConfigProperty(name = "cohesion.open-data.site-url") String siteUrl) {
    this.entityManager = entityManager;
    this.clock = clock;
    this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
  }

  /**
   * The feed as served at {@code self}: the latest {@value #ENTRIES} published practices of {@code
   * town} and {@code theme} (each {@code null} for all). An unknown town or a theme nobody used
   * gives a valid feed without entries.
   */
  @Transactional
  public String practices(Actor actor, String town, String theme, URI self) {
    if (!PracticePermissions.TABLE.allowsEverywhere(READ_FEEDS, actor)) {
      throw new ActionNotPermittedException("you may not read feeds");
    }
    List<Item> items = latest(town, theme);
    Feed feed = new Feed("atom_1.0");
    feed.setEncoding(StandardCharsets.UTF_8.name());
    String key = "practices.atom?town=" + (town == null ? "" : town) + "&theme=" + theme(theme);
    feed.setId("urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    feed.setTitleEx(text(title(town, theme)));
    feed.setSubtitle(text("The latest good practices published by the towns of the network"));
    feed.setUpdated(
        Date.from(
            items.stream().map(Item::updated).max(Instant::compareTo).orElseGet(clock::instant)));
    feed.setOtherLinks(List.of(link("self", self.toString(), "application/atom+xml")));
    feed.setAlternateLinks(List.of(link("alternate", siteUrl + "/practices", "text/html")));
    feed.setRights("CC BY 4.0: " + "https://creativecommons.org/licenses/by/4.0/");
    feed.setEntries(items.stream().map(this::entry).toList());
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("writing the feed failed", e);
    }
  }

  private List<Item> latest(String town, String theme) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement query = connection.prepareStatement(LATEST)) {
                query.setString(1, town);
                query.setString(2, town);
                query.setString(3, theme);
                query.setString(4, theme);
                query.setInt(5, ENTRIES);
                List<Item> items = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                  while (rows.next()) {
                    Array themes = rows.getArray(7);
                    items.add(
                        new Item(
                            rows.getObject(1, UUID.class),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getObject(5, OffsetDateTime.class).toInstant(),
                            rows.getObject(6, OffsetDateTime.class).toInstant(),
                            List.of((String[]) themes.getArray())));
                  }
                }
                return items;
              }
            });
  }

  private Entry entry(Item item) {
    Entry entry = new Entry();
    entry.setId("urn:uuid:" + item.id());
    entry.setTitleEx(text(item.title()));
    if (item.summary() != null) {
      entry.setSummary(text(item.summary()));
    }
    entry.setUpdated(Date.from(item.updated()));
    entry.setPublished(Date.from(item.published()));
    Person author = new Person();
    author.setName(item.town());
    entry.setAuthors(List.<SyndPerson>of(author));
    entry.setCategories(
        item.themes().stream()
            .map(
                theme -> {
                  Category category = new Category();
                  category.setTerm(theme);
                  return category;
                })
            .toList());
    entry.setAlternateLinks(
        List.of(link("alternate", siteUrl + "/practices/" + item.id(), "text/html")));
    return entry;
  }

  private static String title(String town, String theme) {
    StringBuilder title = new StringBuilder("Cohesion: good practices");
    if (town != null) {
      title.append(" of ").append(town);
    }
    if (theme != null) {
      title.append(", theme ").append(theme);
    }
    return title.toString();
  }

  private static String theme(String theme) {
    return theme == null ? "" : theme;
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
