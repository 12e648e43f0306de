package eu.cohesion.initiative.service;

import eu.cohesion.initiative.service.NotificationInbox.Entry;
import eu.cohesion.initiative.service.NotificationRecipients.Addressee;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a queued e-mail in its recipient's language (their Keycloak locale, else English) with
 * the Qute templates in templates/mail and the texts in mail/NotificationMail*.properties. Links
 * are the notification's SPA route under the app's public address.
 */
@ApplicationScoped
public class NotificationMailComposer {

  /** The UI's eleven languages; any other locale reads English. */
  static final Set<String> LANGUAGES =
      Set.of("en", "da", "de", "et", "fr", "it", "lt", "lv", "nl", "sl", "sq");

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public record Composed(String subject, String text) {}

  /** One line of a mail: what happened and where to see it. */
  public record Item(String text, String url) {}

  private final NotificationInbox inbox;
  private final Template notification;
  private final Template digest;
  private final String appUrl;

  NotificationMailComposer(
      NotificationInbox inbox,
      @Location("mail/notification.txt") Template notification,
      @Location("mail/digest.txt") Template digest,
      @ConfigProperty(name = "cohesion.notifications.app-url") String appUrl) {
    this.inbox = inbox;
    this.notification = notification;
    this.digest = digest;
    this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
  }

  /** Empty when there is nothing to say any more (the notification or the day's are gone). */
  public Optional<Composed> compose(NotificationMailQueue.Pending mail, Addressee to) {
    ResourceBundle texts = texts(to.locale());
    if (mail.notificationId() != null) {
      return inbox
          .byId(mail.notificationId())
          .map(
              entry ->
                  new Composed(
                      texts.getString("subject." + entry.kind().name()),
                      notification
                          .data(
                              "greeting",
                              fill(texts.getString("greeting"), Map.of("name", name(to))))
                          .data("item", item(texts, entry))
                          .data("footer", texts.getString("footer"))
                          .data("preferencesUrl", appUrl + "/notifications/preferences")
                          .render()));
    }
    List<Entry> entries = inbox.onDay(mail.recipient(), mail.digestDay());
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> day = Map.of("day", mail.digestDay().toString());
    return Optional.of(
        new Composed(
            fill(texts.getString("subject.DIGEST"), day),
            digest
                .data("greeting", fill(texts.getString("greeting"), Map.of("name", name(to))))
                .data("intro", fill(texts.getString("digest.intro"), day))
                .data("items", entries.stream().map(entry -> item(texts, entry)).toList())
                .data("footer", texts.getString("footer"))
                .data("preferencesUrl", appUrl + "/notifications/preferences")
                .render()));
  }

  private Item item(ResourceBundle texts, Entry entry) {
    return new Item(
        fill(texts.getString("text." + entry.kind().name()), readable(entry.params())),
        appUrl + entry.link());
  }

  static ResourceBundle texts(String locale) {
    String language =
        locale == null ? "en" : Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
    return ResourceBundle.getBundle(
        "mail.NotificationMail",
        Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "en"),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String name(Addressee to) {
    return to.name() == null || to.name().isBlank() ? to.email() : to.name();
  }

  /** Instants as a reader expects them; everything else as it is. */
  private static Map<String, String> readable(Map<String, String> params) {
    return params.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> readable(e.getValue())));
  }

  private static String readable(String value) {
    try {
      return MOMENT.format(Instant.parse(value));
    } catch (DateTimeParseException notAnInstant) {
      return value;
    }
  }

  /** Replaces {name} placeholders; an unknown one stays visible rather than vanishing. */
  static String fill(String text, Map<String, String> values) {
    String filled = text;
    for (Map.Entry<String, String> value : values.entrySet()) {
      filled = filled.replace("{" + value.getKey() + "}", value.getValue());
    }
    return filled;
  }
}
