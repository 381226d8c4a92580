package org.winnow.segment;

import java.util.Locale;

/**
 * Facts about text-only scrapes that both parsing and classification need: scrapers that stamp an
 * attribution line such as {@code "<title>, This news data comes from:http://…"} into the body.
 *
 * <pre>{@code
 * TextScrapes.titleFromAttribution("Putin meets Kim, This news data comes from:http://x.com")
 *   -> "Putin meets Kim"
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

  private TextScrapes() {}

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
