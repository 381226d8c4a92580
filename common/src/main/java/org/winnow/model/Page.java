package org.winnow.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A parsed article page: where it came from, the metadata found on it and its blocks in reading
 * order. Classification labels the blocks; deduplication reads the content ones.
 *
 * @param docId stable id made from {@code source} (see {@link DocIds})
 * @param source input file URI and record position
 * @param url the page URL, or null
 * @param host lower-case host of the URL without {@code www.}, or null
 * @param title the article title, or null
 * @param publishedAt publication time, or null
 * @param author byline author(s), or null
 * @param language ISO 639-1 code, or {@code und} when unknown
 * @param structuredBody the JSON-LD {@code articleBody} when the page has one, else null
 * @param blocks the blocks, {@code blocks.get(i).position() == i}
 * @param notes what parsing had to give up on, for people reading the output (e.g. {@code
 *     "truncated at 5000 blocks"}); empty for most pages
 */
public record Page(
    String docId,
    String source,
    String url,
    String host,
    String title,
    Instant publishedAt,
    String author,
    String language,
    String structuredBody,
    List<Block> blocks,
    List<String> notes)
    implements Serializable {

  /** A page without parsing notes. */
  public Page(
      String docId,
      String source,
      String url,
      String host,
      String title,
      Instant publishedAt,
      String author,
      String language,
      String structuredBody,
      List<Block> blocks) {
    this(
        docId,
        source,
        url,
        host,
        title,
        publishedAt,
        author,
        language,
        structuredBody,
        blocks,
        List.of());
  }

  public Page {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(source, "source");
    language = language == null ? "und" : language;
    blocks = List.copyOf(blocks);
    notes = notes == null ? List.of() : List.copyOf(notes);
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).position() != i) {
        throw new IllegalArgumentException(
            "block " + i + " has position " + blocks.get(i).position());
      }
    }
  }
}
