package org.winnow.read;

import java.util.List;
import org.winnow.settings.Setting;

/**
 * Settings of the input readers: which JSON fields or CSV columns hold what, and size limits. The
 * {@code input.json.*} mapping applies to CSV columns too.
 */
public final class ReaderSettings {
  private ReaderSettings() {}

  public static final Setting<String> JSON_URL_FIELD =
      Setting.of(
          "input.json.url_field",
          "url",
          "JSON field or CSV column holding the article URL",
          t -> t.trim());

  public static final Setting<List<String>> JSON_TITLE_FIELDS =
      Setting.list(
          "input.json.title_fields",
          "title",
          "JSON fields or CSV columns holding the title, first wins");

  public static final Setting<List<String>> JSON_TEXT_FIELDS =
      Setting.list(
          "input.json.text_fields",
          "text,maintext,content,body",
          "JSON fields or CSV columns holding plain text (paragraphs are lines), first non-empty wins");

  public static final Setting<List<String>> JSON_HTML_FIELDS =
      Setting.list(
          "input.json.html_fields",
          "html,raw_html",
          "JSON fields or CSV columns holding HTML, used when no text field is present");

  public static final Setting<List<String>> JSON_DATE_FIELDS =
      Setting.list(
          "input.json.date_fields",
          "published_at,date_publish,date,published",
          "JSON fields or CSV columns holding the publication date, first parseable wins");

  public static final Setting<List<String>> JSON_FETCHED_FIELDS =
      Setting.list(
          "input.json.fetched_fields",
          "date_download,fetched_at,crawled_at,scrape_time",
          "JSON fields or CSV columns holding the capture time, first parseable wins");

  public static final Setting<String> JSON_ID_FIELD =
      Setting.of(
          "input.json.id_field",
          "id",
          "JSON field or CSV column holding the input's own id",
          t -> t.trim());

  public static final Setting<List<String>> JSON_SITE_FIELDS =
      Setting.list(
          "input.json.site_fields",
          "site,publisher,source_domain,domain",
          "JSON fields or CSV columns naming the outlet, the page's host when it has no URL");

  public static final Setting<String> TEXT_PARAGRAPH_MARKER =
      Setting.of(
          "input.text_paragraph_marker",
          "",
          "a token that separates paragraphs inside JSON or CSV text besides line breaks, such as"
              + " ### in datasets that flattened articles to one line; empty: line breaks only",
          t -> t.strip());

  public static final Setting<Long> MAX_RECORD_BYTES =
      Setting.bytesIn(
          "input.max_record_bytes",
          "16m",
          1024,
          1L << 30,
          "larger records are rejected as too_large instead of parsed");
}
