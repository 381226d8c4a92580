package org.winnow.jobs.stages;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.winnow.classify.Label;
import org.winnow.classify.Verdict;

/**
 * Paragraphs counted by label and kind as they go by (for the run report), keyed by the verdict's
 * kind string itself: kinds are a handful of shared strings, so a paragraph costs one lookup and no
 * new string; the {@code label:kind} keys are made once per kind at the end.
 *
 * <pre>{@code
 * add(content body), add(noise navigation), add(content body)
 *   -> counts() {content:body=2, noise:navigation=1}
 * }</pre>
 */
public final class LabelCounts {
  private static final Label[] LABELS = Label.values();

  private final Map<String, long[]> byKind = new HashMap<>();

  /** Counts one more paragraph with verdict {@code v}. */
  public void add(Verdict v) {
    byKind.computeIfAbsent(v.kind(), k -> new long[LABELS.length])[v.label().ordinal()]++;
  }

  /** The counts so far by {@link #key}, without zero counts. */
  public Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>();
    byKind.forEach(
        (kind, n) -> {
          for (Label l : LABELS) if (n[l.ordinal()] > 0) out.put(key(l, kind), n[l.ordinal()]);
        });
    return out;
  }

  /** The key a paragraph is counted under: {@code label:kind}. */
  public static String key(Label label, String kind) {
    return label.value() + ":" + kind;
  }
}
