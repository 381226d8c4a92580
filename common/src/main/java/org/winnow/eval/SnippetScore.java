package org.winnow.eval;

import java.util.List;
import org.winnow.text.Invisible;

/**
 * Trafilatura's snippet test, pooled over a corpus: white space of output and snippets collapsed to
 * single spaces; a "with" snippet found is a true positive, missing a false negative; a "without"
 * snippet found is a false positive, absent a true negative.
 *
 * <pre>{@code
 * SnippetScore s = new SnippetScore();
 * s.add("Der Text.  Mehr", List.of("Der Text. Mehr"), List.of("Impressum")); // tp=1, tn=1
 * s.f1(); // 1.0
 * }</pre>
 */
public final class SnippetScore {
  private int tp;
  private int fn;
  private int fp;
  private int tn;

  /** Adds one page; a null output (a crash) finds no snippet. */
  public void add(String output, List<String> with, List<String> without) {
    String out = output == null ? "" : normalize(output);
    for (String s : with) {
      if (!out.isEmpty() && out.contains(normalize(s))) tp++;
      else fn++;
    }
    for (String s : without) {
      if (!out.isEmpty() && out.contains(normalize(s))) fp++;
      else tn++;
    }
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
  }

  public double accuracy() {
    int all = tp + fn + fp + tn;
    return all == 0 ? 0 : (double) (tp + tn) / all;
  }

  public String counts() {
    return "tp=" + tp + " fn=" + fn + " fp=" + fp + " tn=" + tn;
  }

  /**
   * Whitespace collapsed and invisible break marks ({@link Invisible}) left out, on both sides: a
   * snippet copied from the page's source keeps its soft hyphens, which an extractor that drops
   * them (as it should) would otherwise never match.
   */
  static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else if (!Invisible.is(c)) {
        if (space && sb.length() > 0) sb.append(' ');
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
