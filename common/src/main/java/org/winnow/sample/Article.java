package org.winnow.sample;

import java.time.Instant;
import java.util.List;

/**
 * One published copy of a story at one outlet: what the generator writes as one record and
 * describes as one line of {@code truth/documents.jsonl}.
 *
 * <pre>{@code
 * article.id()          // -> "a00000042"
 * article.story().id()  // -> "s00000017", shared with the story's other copies
 * article.url()         // -> "https://dailyherald-example.com/politics/2025/03/04/government-approves-42"
 * }</pre>
 *
 * @param id stable id of the article
 * @param index position of the article in the corpus stream
 * @param story the story it is a copy of
 * @param outlet the site that published it
 * @param copyIndex which copy of the story it is, 0 for the first
 * @param agencyCopy whether it is the agency's own copy on the agency's site
 * @param url its URL
 * @param format the file format it is written in
 * @param publishedAt when this copy was published
 * @param headline the headline this copy runs under
 * @param paragraphs its story paragraphs after the outlet's edits
 * @param edits names of the edits the outlet made, empty when kept whole
 * @param related headlines of other stories the page links to
 * @param byline the byline line
 * @param renderSeed seed of the random choices made while rendering the page
 */
public record Article(
    String id,
    long index,
    Story story,
    Outlet outlet,
    int copyIndex,
    boolean agencyCopy,
    String url,
    Format format,
    Instant publishedAt,
    String headline,
    List<Story.Paragraph> paragraphs,
    List<String> edits,
    List<String> related,
    String byline,
    long renderSeed) {

  /** The id the article at {@code index} gets. */
  public static String idOf(long index) {
    return String.format("a%08d", index);
  }
}
