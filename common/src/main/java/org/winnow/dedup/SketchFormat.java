package org.winnow.dedup;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.winnow.settings.Setting;
import org.winnow.settings.Settings;

/**
 * Whether the sketches of an earlier run can be compared with this run's: the settings that shape
 * shingle hashes and band keys must be equal, and a probe (the hashes of a fixed text) must come
 * out the same, which catches a changed seed or hashing rule between versions.
 *
 * <pre>{@code
 * Map<String, String> stored = SketchFormat.of(day1Settings); // written beside the sketches
 * SketchFormat.check(stored, day2Settings, "out/day1");       // throws when they differ
 * }</pre>
 */
public final class SketchFormat {
  private SketchFormat() {}

  /** Raised when stored sketches cannot be compared with this run's; the message says why. */
  public static final class IncompatibleSketchesException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    IncompatibleSketchesException(String message) {
      super(message);
    }
  }

  /**
   * The layout of the stored sketches; bumped whenever their columns change meaning (2: open
   * shingles, leads and page keys beside the shingles; 3: the open text's reading order; 4: the
   * figures of its shingles that hold numbers; 5: headline and dateline keys).
   */
  public static final int VERSION = 5;

  static final String VERSION_KEY = "sketch.version";
  static final String PROBE_KEY = "sketch.probe";

  /** A fixed text whose hashes stand for every hash a sketch holds. */
  private static final List<String> PROBE_TEXT =
      List.of(
          "The harbour bridge reopened to traffic on Monday after eight months of repairs.",
          "Officials said the new deck would carry heavier lorries from next week on.");

  /** The settings that decide shingle hashes, band keys and the stored leads. */
  private static final List<Setting<?>> SHAPING =
      List.of(
          DedupSettings.SHINGLE_SIZE,
          DedupSettings.PASSAGE_SHINGLES,
          DedupSettings.NUM_PERM,
          DedupSettings.BANDS,
          DedupSettings.ROWS,
          DedupSettings.LEAD_SHINGLES);

  /** What to store beside sketches made under {@code settings}, sorted by key. */
  public static Map<String, String> of(Settings settings) {
    Map<String, String> m = new TreeMap<>();
    m.put(VERSION_KEY, Integer.toString(VERSION));
    m.put(PROBE_KEY, probe(settings));
    for (Setting<?> s : SHAPING) m.put(s.key(), String.valueOf(settings.get(s)));
    return m;
  }

  /**
   * Throws {@link IncompatibleSketchesException} unless sketches stored with {@code stored} can be
   * compared with this run's.
   *
   * @param where the earlier output, named in the message
   */
  public static void check(Map<String, String> stored, Settings current, String where) {
    Map<String, String> now = of(current);
    List<String> problems = new ArrayList<>();
    if (!now.get(VERSION_KEY).equals(stored.get(VERSION_KEY))) {
      problems.add(
          "its sketches are in format "
              + stored.getOrDefault(VERSION_KEY, "(none)")
              + ", this version reads format "
              + VERSION);
    } else {
      for (Setting<?> s : SHAPING) {
        String then = stored.get(s.key());
        if (!now.get(s.key()).equals(then)) {
          problems.add(s.key() + " was " + then + ", this run has " + now.get(s.key()));
        }
      }
      if (problems.isEmpty() && !now.get(PROBE_KEY).equals(stored.get(PROBE_KEY))) {
        problems.add("its shingle hashes were made by a different version of Winnow");
      }
    }
    if (!problems.isEmpty()) {
      throw new IncompatibleSketchesException(
          "cannot deduplicate against "
              + where
              + ": "
              + String.join("; ", problems)
              + ". Run a full job over all the batches instead (without --previous).");
    }
  }

  /** XXH3 of the probe text's shingle set, exact key, band keys and template keys, in hex. */
  static String probe(Settings settings) {
    ShingledText text = new Shingler(settings).shingle(PROBE_TEXT);
    long[] set = text.set();
    HashStream64 h = Hashing.xxh3_64().hashStream();
    for (long s : set) h.putLong(s).putLong(TemplateGuard.key("example.com", s));
    h.putLong(text.exactKey());
    for (long k : new PassageLsh(settings).bandKeys(text)) h.putLong(k);
    return String.format(Locale.ROOT, "%016x", h.getAsLong());
  }
}
