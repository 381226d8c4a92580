package org.winnow.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.winnow.text.CodePointRuns;

/**
 * Facts about text-only scrapes that both parsing and classification need: scrapers that stamp an
 * attribution line such as {@code "<title>, This news data comes from:http://…"} into the body.
 *
 * <pre>{@code
 * TextScrapes.titleFromAttribution("Putin meets Kim, This news data comes from:http://x.com")
 *   -> "Putin meets Kim"
 * TextScrapes.echoedHeadline(List.of(
 *     "RIVERSIDE — The dock workers' union raised its fees for the new harbour on Saturday, ...",
 *     "LIVE: Dock workers' union raised its fees for the new harbour"))
 *   -> "LIVE: Dock workers' union raised its fees for the new harbour"
 * }</pre>
 */
public final class TextScrapes {
  private static final String[] ATTRIBUTION_MARKERS = {
    "this news data comes from",
    "this article comes from",
    "this news comes from",
    "source of this news:",
    "the data of this news comes from"
  };

  /** The fewest words (of three letters or more) a line needs to be taken for the lead. */
  static final int LEAD_WORDS = 12;

  /** How many lines after the lead are searched: scrapers repeat the title near the top. */
  static final int SEARCH_LINES = 12;

  /** The fewest and most whitespace-separated words of a headline. */
  static final int HEADLINE_MIN_WORDS = 6;

  static final int HEADLINE_MAX_WORDS = 20;

  static final int HEADLINE_MAX_CHARS = 160;

  /**
   * The share of a headline's words (of three letters or more, at least {@link #MIN_SHARED}) the
   * lead must use: a headline retells the lead; a sub-heading names a new turn of the story.
   */
  static final double MIN_SHARE = 0.6;

  static final int MIN_SHARED = 5;

  private TextScrapes() {}

  /**
   * The headline a text scrape repeats inside its body, or null: the first line among the {@link
   * #SEARCH_LINES} after the lead (the first line of {@link #LEAD_WORDS} words, with the next one
   * when it is as long) that is shaped as a headline — 6 to 20 words, at most 160 characters, not
   * ending as a sentence or a clause does, not a list item — and most of whose words the lead uses.
   * For scrapes that carry no title: the line is the title repeated, noise like other furniture,
   * and the document's title.
   */
  public static String echoedHeadline(List<String> lines) {
    int lead = -1;
    for (int i = 0; i < lines.size() && lead < 0; i++) {
      if (words(lines.get(i)).size() >= LEAD_WORDS) lead = i;
    }
    if (lead < 0) return null;
    Set<String> leadWords = new HashSet<>(words(lines.get(lead)));
    int from = lead + 1;
    if (from < lines.size()) {
      List<String> next = words(lines.get(from));
      if (next.size() >= LEAD_WORDS) {
        leadWords.addAll(next);
        from++;
      }
    }
    for (int i = from; i < lines.size() && i <= lead + SEARCH_LINES; i++) {
      String line = lines.get(i);
      if (!headlineShaped(line)) continue;
      List<String> words = words(line);
      if (words.size() < MIN_SHARED) continue;
      int shared = 0;
      for (String w : words) {
        if (leadWords.contains(w)) shared++;
      }
      if (shared >= MIN_SHARED && shared >= MIN_SHARE * words.size()) return line;
    }
    return null;
  }

  private static boolean headlineShaped(String line) {
    if (line.length() > HEADLINE_MAX_CHARS || attributionAt(line) >= 0) return false;
    int spaces = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ' ') spaces++;
    }
    if (spaces + 1 < HEADLINE_MIN_WORDS || spaces + 1 > HEADLINE_MAX_WORDS) return false;
    char first = line.charAt(0);
    if (first == '-' || first == '*' || first == '•' || first == '–' || first == '—') return false;
    int end = line.length() - 1;
    // closing quotes and brackets do not end a sentence: the mark before them does
    while (end > 0 && "\"'”’»)]".indexOf(line.charAt(end)) >= 0) end--;
    return ".!?…;,:。！？".indexOf(line.charAt(end)) < 0;
  }

  /** The lower-cased words of three letters or digits or more. */
  private static List<String> words(String line) {
    List<String> runs = CodePointRuns.of(line, Character::isLetterOrDigit);
    List<String> words = new ArrayList<>(runs.size());
    for (String r : runs) {
      if (r.codePointCount(0, r.length()) >= 3) words.add(r.toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** The index where an attribution marker starts in {@code line}, or -1. */
  public static int attributionAt(String line) {
    if (line.length() > 600) return -1;
    // every marker contains "comes from" or "source of": skip the lower-casing for other lines
    if (line.indexOf("omes from") < 0
        && line.indexOf("OMES FROM") < 0
        && line.indexOf("ource of") < 0) {
      return -1;
    }
    String l = line.toLowerCase(Locale.ROOT);
    for (String m : ATTRIBUTION_MARKERS) {
      int i = l.indexOf(m);
      if (i >= 0) return i;
    }
    return -1;
  }

  /** The title an attribution line carries before its marker, or null. */
  public static String titleFromAttribution(String line) {
    int i = attributionAt(line);
    if (i <= 0) return null;
    String t = line.substring(0, i).trim();
    while (!t.isEmpty() && ",;:-–—|".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).trim();
    }
    return t.length() >= 8 ? t : null;
  }
}
