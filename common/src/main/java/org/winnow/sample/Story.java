package org.winnow.sample;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One news story as its first author wrote it, before any outlet republished or edited it.
 *
 * <pre>{@code
 * Story s = new StoryWriter(7, List.of(Language.EN), spacing, start).write(3);
 * s.id()          // -> "s00000003"
 * s.paragraphs()  // -> [Paragraph["HARBOURTON — The government approved ...", false], ...]
 * }</pre>
 *
 * @param id stable id of the story, shared by all its copies
 * @param index position of the story in the corpus stream
 * @param language language the story is written in
 * @param topic topic its vocabulary comes from
 * @param kind wire story, an outlet's own story, or an own story quoting another
 * @param agency the agency that wrote a wire story, else null
 * @param headline the original headline
 * @param paragraphs body paragraphs and sub-headings in order
 * @param publishedAt when the first copy appeared
 * @param quotedStoryId for a quoting story, the id of the story it quotes, else null
 * @param leadBindings the people, places and main event of the story, so editors can rewrite its
 *     lead and headline consistently
 */
public record Story(
    String id,
    long index,
    Language language,
    String topic,
    Kind kind,
    String agency,
    String headline,
    List<Paragraph> paragraphs,
    Instant publishedAt,
    String quotedStoryId,
    Map<String, String> leadBindings) {

  /** How the story came to be. */
  public enum Kind {
    /** Written by an agency and republished by outlets. */
    WIRE,
    /** Written by one outlet for itself. */
    OWN,
    /** Written by one outlet, quoting two paragraphs of another story. */
    QUOTING;

    /** Lower-case name as written to the truth files. */
    public String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A paragraph of the story's text.
   *
   * @param text the paragraph
   * @param heading whether it is a sub-heading rather than body prose
   */
  public record Paragraph(String text, boolean heading) {}

  /** The id a story at {@code index} gets. */
  public static String idOf(long index) {
    return String.format("s%08d", index);
  }
}
