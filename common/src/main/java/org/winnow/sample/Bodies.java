package org.winnow.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real article texts that stand in for the generator's own prose: story {@code i} takes the
 * headline and paragraphs of text {@code i}, and outlets then copy, edit and wrap it as they do a
 * written story. A corpus made this way tests extraction on real sentences, real sub-headings and
 * real briefs under known furniture.
 *
 * <pre>{@code
 * {"title": "Rain closes roads", "text": "Heavy rain closed roads on Monday.\nMore is due."}
 *   -> Body["Rain closes roads", [Paragraph["Heavy rain closed roads on Monday.", false],
 *                                Paragraph["More is due.", false]]]
 * }</pre>
 */
public final class Bodies {
  // A line this short without a sentence's end reads as a sub-heading ("What happens next").
  private static final int HEADING_MAX_WORDS = 10;

  private final List<Body> bodies;

  /**
   * One real article.
   *
   * @param headline its title
   * @param paragraphs its lines in order; sub-headings are short lines that end no sentence
   */
  public record Body(String headline, List<Story.Paragraph> paragraphs) {
    public Body {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  private Bodies(List<Body> bodies) {
    this.bodies = List.copyOf(bodies);
  }

  /** Texts given directly, e.g. in tests. */
  public static Bodies of(List<Body> bodies) {
    if (bodies.isEmpty()) {
      throw new IllegalArgumentException("no article texts given");
    }
    return new Bodies(bodies);
  }

  /**
   * Reads a JSON lines file of {@code {"title": ..., "text": ...}} objects, one article a line,
   * paragraphs separated by line breaks. Lines without a title or with no text are errors: a story
   * needs both.
   */
  public static Bodies read(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Body> bodies = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line; (line = in.readLine()) != null; ) {
        number++;
        if (line.isBlank()) continue;
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (IOException e) {
          throw new IOException(jsonl + " line " + number + ": not JSON: " + e.getMessage(), e);
        }
        String title = node.path("title").asText("").strip();
        List<Story.Paragraph> paragraphs = paragraphs(node.path("text").asText(""));
        if (title.isEmpty() || paragraphs.isEmpty()) {
          throw new IOException(jsonl + " line " + number + ": needs a \"title\" and a \"text\"");
        }
        bodies.add(new Body(title, paragraphs));
      }
    }
    if (bodies.isEmpty()) {
      throw new IOException(jsonl + " holds no article texts");
    }
    return new Bodies(bodies);
  }

  /**
   * One article from its headline and its text, paragraphs separated by line breaks, as {@link
   * #read} makes it from a JSON line.
   */
  public static Body body(String headline, String text) {
    return new Body(headline.strip(), paragraphs(text));
  }

  /** The non-blank lines of {@code text} as paragraphs, short unpunctuated ones as sub-headings. */
  static List<Story.Paragraph> paragraphs(String text) {
    List<Story.Paragraph> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String p = line.strip();
      if (p.isEmpty()) continue;
      out.add(new Story.Paragraph(p, !out.isEmpty() && isHeading(p)));
    }
    return out;
  }

  private static boolean isHeading(String line) {
    char last = line.charAt(line.length() - 1);
    boolean endsSentence = ".!?\"'”’:;)…".indexOf(last) >= 0;
    return !endsSentence && line.split("\\s+").length <= HEADING_MAX_WORDS;
  }

  /** How many texts there are. */
  public int size() {
    return bodies.size();
  }

  /** The text story {@code index} takes; each story needs a text of its own. */
  Body forStory(long index) {
    if (index >= bodies.size()) {
      throw new IllegalStateException(
          "the corpus needs more stories than the "
              + bodies.size()
              + " article texts given: ask for fewer articles (about 2.6 a story)");
    }
    return bodies.get((int) index);
  }
}
