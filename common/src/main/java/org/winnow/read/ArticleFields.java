package org.winnow.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.winnow.model.ReadItem;
import org.winnow.model.Reject;
import org.winnow.model.SourceRecord;
import org.winnow.settings.Settings;

/**
 * Which JSON fields (or CSV columns) hold an article's URL, title, body, dates, id and outlet (from
 * {@link ReaderSettings}), and the mapping of one JSON object to a record. news-please output works
 * with the defaults.
 *
 * <pre>{@code
 * {"url":"https://x/a","title":"T","maintext":"p1\np2","date_publish":"2018-07-16 12:34:56"}
 *   -> TEXT record url "https://x/a", text "p1\np2", title "T", published 2018-07-16T12:34:56Z
 * {"url":"https://x/b"} -> Reject(source, "no_body", ...)
 * {"publisher":"x.com","text":"p1 ### p2"} with input.text_paragraph_marker=###
 *   -> TEXT record url null, site "x.com", text "p1\np2"
 * }</pre>
 */
final class ArticleFields implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String urlField;
  private final List<String> titleFields;
  private final List<String> textFields;
  private final List<String> htmlFields;
  private final List<String> dateFields;
  private final List<String> fetchedFields;
  private final String idField;
  private final List<String> siteFields;
  private final Pattern paragraphMarker;

  ArticleFields(Settings settings) {
    this.urlField = settings.get(ReaderSettings.JSON_URL_FIELD);
    this.titleFields = settings.get(ReaderSettings.JSON_TITLE_FIELDS);
    this.textFields = settings.get(ReaderSettings.JSON_TEXT_FIELDS);
    this.htmlFields = settings.get(ReaderSettings.JSON_HTML_FIELDS);
    this.dateFields = settings.get(ReaderSettings.JSON_DATE_FIELDS);
    this.fetchedFields = settings.get(ReaderSettings.JSON_FETCHED_FIELDS);
    this.idField = settings.get(ReaderSettings.JSON_ID_FIELD);
    this.siteFields = settings.get(ReaderSettings.JSON_SITE_FIELDS);
    String marker = settings.get(ReaderSettings.TEXT_PARAGRAPH_MARKER);
    this.paragraphMarker =
        marker.isEmpty() ? null : Pattern.compile("[ \\t]*" + Pattern.quote(marker) + "[ \\t]*");
    if (textFields.isEmpty() && htmlFields.isEmpty()) {
      throw new IllegalArgumentException(
          ReaderSettings.JSON_TEXT_FIELDS.key()
              + " and "
              + ReaderSettings.JSON_HTML_FIELDS.key()
              + " are both empty: no JSON field could hold an article body");
    }
  }

  /** The record for one JSON object, or a {@code no_body} reject. */
  ReadItem toItem(JsonNode article, String source) {
    String url = text(article.get(urlField));
    String text = firstText(article, textFields);
    String html = text == null ? firstText(article, htmlFields) : null;
    if (text == null && html == null) {
      return new Reject(
          source,
          "no_body",
          "none of the fields " + textFields + " or " + htmlFields + " holds text");
    }
    return new SourceRecord(
        source,
        url,
        text != null ? SourceRecord.Payload.TEXT : SourceRecord.Payload.HTML,
        html != null ? html.getBytes(StandardCharsets.UTF_8) : null,
        html != null ? "UTF-8" : null,
        text != null ? TextBodies.normaliseLines(paragraphs(text)) : null,
        firstText(article, titleFields),
        date(article, dateFields),
        date(article, fetchedFields),
        id(article),
        firstText(article, siteFields));
  }

  private String paragraphs(String text) {
    return paragraphMarker == null ? text : paragraphMarker.matcher(text).replaceAll("\n");
  }

  private static Instant date(JsonNode article, List<String> fields) {
    for (String f : fields) {
      Instant t = PublishedDates.parse(article.get(f));
      if (t != null) return t;
    }
    return null;
  }

  private String id(JsonNode article) {
    JsonNode n = article.get(idField);
    if (n == null || n.isNull() || n.isContainerNode()) return null;
    String s = n.asText().trim();
    return s.isEmpty() ? null : s;
  }

  /**
   * The first field holding non-blank text. An array of strings counts as paragraphs joined by line
   * breaks, as some datasets store them.
   */
  private static String firstText(JsonNode article, List<String> fields) {
    for (String f : fields) {
      JsonNode n = article.get(f);
      String s;
      if (n != null && n.isArray()) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : n) {
          String line = text(p);
          if (line != null) sb.append(sb.length() == 0 ? "" : "\n").append(line);
        }
        s = sb.length() == 0 ? null : sb.toString();
      } else {
        s = text(n);
      }
      if (s != null) return s;
    }
    return null;
  }

  private static String text(JsonNode n) {
    if (n == null || !n.isTextual()) return null;
    String s = n.asText();
    return s.isBlank() ? null : s.strip();
  }
}
