package org.winnow.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The maximal runs of a text's code points that satisfy a predicate, in order.
 *
 * <pre>{@code
 * CodePointRuns.of("12a34, 5.6 x", Character::isDigit) // -> ["12", "34", "5", "6"]
 * }</pre>
 */
public final class CodePointRuns {
  private CodePointRuns() {}

  /** The maximal runs of code points of {@code text} for which {@code in} holds. */
  public static List<String> of(String text, IntPredicate in) {
    List<String> runs = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      boolean inRun = i < text.length() && in.test(cp);
      if (inRun && start < 0) start = i;
      if (!inRun && start >= 0) {
        runs.add(text.substring(start, i));
        start = -1;
      }
      i += i < text.length() ? Character.charCount(cp) : 1;
    }
    return runs;
  }
}
