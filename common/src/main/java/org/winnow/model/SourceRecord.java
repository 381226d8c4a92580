package org.winnow.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One article as read from an input, before parsing: either HTML bytes with the charset the
 * transport declared, or text whose paragraphs are its lines.
 *
 * <p>{@code source} is the input file's URI and the record's position ({@code
 * file:/data/a.warc.gz#1234} for a byte offset, {@code file:/data/a.jsonl#line:17} for a line):
 * stable for the same input, it is what document ids are made from.
 *
 * @param source input file URI and record position
 * @param url the article's URL, or null when the input has none
 * @param payload whether {@code html} or {@code text} holds the article
 * @param html the HTML bytes (payload HTML), else null
 * @param declaredCharset charset named by HTTP headers or the input, else null
 * @param text the plain text, paragraphs separated by line breaks (payload TEXT), else null
 * @param title a title given by the input (JSON field), else null
 * @param publishedAt publication time given by the input, else null
 * @param fetchedAt capture time (WARC-Date), else null
 * @param externalId an id given by the input (JSON {@code id}), else null
 * @param site the outlet named by the input beside the body (a CSV {@code publisher} column), used
 *     as the page's host when its URL has none; else null
 */
public record SourceRecord(
    String source,
    String url,
    Payload payload,
    byte[] html,
    String declaredCharset,
    String text,
    String title,
    Instant publishedAt,
    Instant fetchedAt,
    String externalId,
    String site)
    implements ReadItem, Serializable {

  /** How the article's body is held. */
  public enum Payload {
    HTML,
    TEXT
  }

  public SourceRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(payload, "payload");
    if (payload == Payload.HTML && html == null) {
      throw new IllegalArgumentException("HTML payload without bytes: " + source);
    }
    if (payload == Payload.TEXT && text == null) {
      throw new IllegalArgumentException("TEXT payload without text: " + source);
    }
  }

  /** A record whose input names no outlet beside its URL. */
  public SourceRecord(
      String source,
      String url,
      Payload payload,
      byte[] html,
      String declaredCharset,
      String text,
      String title,
      Instant publishedAt,
      Instant fetchedAt,
      String externalId) {
    this(
        source,
        url,
        payload,
        html,
        declaredCharset,
        text,
        title,
        publishedAt,
        fetchedAt,
        externalId,
        null);
  }

  /** An HTML record. */
  public static SourceRecord html(
      String source, String url, byte[] html, String declaredCharset, Instant fetchedAt) {
    return new SourceRecord(
        source, url, Payload.HTML, html, declaredCharset, null, null, null, fetchedAt, null);
  }

  /** A plain-text record. */
  public static SourceRecord text(String source, String url, String text) {
    return new SourceRecord(source, url, Payload.TEXT, null, null, text, null, null, null, null);
  }

  /** A copy with the metadata an input such as JSON lines gives beside the body. */
  public SourceRecord withMetadata(String title, Instant publishedAt, String externalId) {
    return new SourceRecord(
        source,
        url,
        payload,
        html,
        declaredCharset,
        text,
        title,
        publishedAt,
        fetchedAt,
        externalId,
        site);
  }

  /** Size of the body in bytes (HTML) or chars (text). */
  public int size() {
    return payload == Payload.HTML ? html.length : text.length();
  }

  @Override
  public String toString() {
    return "SourceRecord[" + source + " " + payload + " " + url + " " + size() + "]";
  }
}
