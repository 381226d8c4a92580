package org.winnow.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * Stopword lists of the languages Lucene ships, by ISO 639-1 code: the maintained Snowball lists
 * where Lucene has one (they are longer), else the analyzer's own list.
 *
 * <pre>{@code
 * Stopwords.of("de").contains("und") -> true
 * Stopwords.of("zh") -> empty set (no list: callers fall back to other prose signals)
 * }</pre>
 */
public final class Stopwords {
  private static final String BASE = "/org/apache/lucene/analysis/";

  /** Language code -> resource below {@link #BASE}; "snowball/" entries use Snowball syntax. */
  private static final Map<String, String> RESOURCES = new LinkedHashMap<>();

  static {
    String[][] snowball = {
      {"en", "english"}, {"de", "german"}, {"fr", "french"}, {"es", "spanish"},
      {"it", "italian"}, {"nl", "dutch"}, {"pt", "portuguese"}, {"ru", "russian"},
      {"sv", "swedish"}, {"no", "norwegian"}, {"da", "danish"}, {"fi", "finnish"},
      {"hu", "hungarian"}, {"id", "indonesian"}
    };
    for (String[] s : snowball) RESOURCES.put(s[0], "snowball/" + s[1] + "_stop.txt");
    String[][] plain = {
      {"ar", "ar"}, {"bg", "bg"}, {"bn", "bn"}, {"ca", "ca"}, {"ckb", "ckb"}, {"cs", "cz"},
      {"el", "el"}, {"et", "et"}, {"eu", "eu"}, {"fa", "fa"}, {"ga", "ga"}, {"gl", "gl"},
      {"hi", "hi"}, {"hy", "hy"}, {"lt", "lt"}, {"lv", "lv"}, {"ne", "ne"}, {"ro", "ro"},
      {"sr", "sr"}, {"ta", "ta"}, {"te", "te"}, {"th", "th"}, {"tr", "tr"}, {"pl", "pl"}
    };
    for (String[] p : plain) RESOURCES.put(p[0], p[1] + "/stopwords.txt");
  }

  private static final Map<String, Set<String>> LOADED = load();

  private Stopwords() {}

  /** The stopwords of {@code language} (lower case), empty when Lucene has no list for it. */
  public static Set<String> of(String language) {
    return LOADED.getOrDefault(language, Set.of());
  }

  /** The languages that have a list, in a fixed order. */
  public static Set<String> languages() {
    return LOADED.keySet();
  }

  /**
   * One language's stopwords: a read-only set that {@link TextStats} can also ask about a slice of
   * a text without cutting the word out and lower-casing it first.
   */
  static final class Stoplist extends AbstractSet<String> {
    private final Set<String> words;
    private final LowerCaseWords lookup;

    Stoplist(Set<String> words) {
      this.words = Collections.unmodifiableSet(words);
      Map<String, Long> present = new HashMap<>();
      for (String w : words) present.put(w, 1L);
      this.lookup = new LowerCaseWords(present);
    }

    /** Whether {@code text[from, to)}, lower-cased, is a stopword. */
    boolean containsLowerCased(String text, int from, int to) {
      return lookup.get(text, from, to) != 0;
    }

    @Override
    public boolean contains(Object o) {
      return words.contains(o);
    }

    @Override
    public Iterator<String> iterator() {
      return words.iterator();
    }

    @Override
    public int size() {
      return words.size();
    }
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : RESOURCES.entrySet()) {
      String path = BASE + e.getValue();
      try (InputStream in = WordlistLoader.class.getResourceAsStream(path)) {
        if (in == null) throw new IllegalStateException("Lucene stoplist missing: " + path);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        CharArraySet set =
            e.getValue().startsWith("snowball/")
                ? WordlistLoader.getSnowballWordSet(r)
                : WordlistLoader.getWordSet(r, "#");
        Set<String> words = new HashSet<>();
        for (Object o : set) words.add(o instanceof char[] c ? new String(c) : o.toString());
        out.put(e.getKey(), new Stoplist(words));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
