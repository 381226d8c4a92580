package org.winnow.lang;

import java.util.Locale;
import java.util.Map;

/**
 * Lower-case words with a value each, looked up by a slice of text that is lower-cased on the fly:
 * what a per-word {@code substring(...).toLowerCase(Locale.ROOT)} and a {@code HashMap} lookup did,
 * without making two strings per word.
 *
 * <pre>{@code
 * LowerCaseWords w = new LowerCaseWords(Map.of("und", 2L));
 * w.get("Hund UND Katze", 5, 8) -> 2
 * w.get("Hund UND Katze", 0, 4) -> 0 (absent)
 * }</pre>
 *
 * <p>Immutable once built; values must not be 0, which stands for "absent".
 */
final class LowerCaseWords {
  private final String[] keys;

  /**
   * The hash code of each slot's key with its lowest bit set ({@link #stored}), 0 for a free slot:
   * a probe reads only this array until a hash code agrees, which is what most probes of a large
   * table (every stoplist at once) meet, and a slot of another word is passed over without reading
   * its string.
   */
  private final int[] hashes;

  private final long[] values;
  private final int mask;

  /** 32 minus the bits of a slot number: {@link #slot} keeps the top bits of the product. */
  private final int shift;

  private final int maxLength;
  private final int size;

  LowerCaseWords(Map<String, Long> words) {
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
    this.keys = new String[capacity];
    this.hashes = new int[capacity];
    this.values = new long[capacity];
    this.mask = capacity - 1;
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
    int longest = 0;
    for (Map.Entry<String, Long> e : words.entrySet()) {
      String k = e.getKey();
      long v = e.getValue();
      if (v == 0) throw new IllegalArgumentException("value 0 for '" + k + "'");
      int slot = slot(k.hashCode());
      while (keys[slot] != null) slot = (slot + 1) & mask;
      keys[slot] = k;
      hashes[slot] = stored(k.hashCode());
      values[slot] = v;
      longest = Math.max(longest, k.length());
    }
    this.maxLength = longest;
    this.size = words.size();
  }

  int size() {
    return size;
  }

  /** The value of {@code word} (already lower case), or 0. */
  long get(String word) {
    int h = word.hashCode();
    int s = stored(h);
    for (int slot = slot(h); hashes[slot] != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == s && keys[slot].equals(word)) return values[slot];
    }
    return 0;
  }

  /**
   * The value of {@code text[from, to)} lower-cased as {@code String.toLowerCase(Locale.ROOT)}
   * would, or 0.
   */
  long get(CharSequence text, int from, int to) {
    // lower-casing never shortens a word: a longer slice is no key
    if (to - from > maxLength) return 0;
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!simpleLowerCase(c)) {
        return get(text.subSequence(from, to).toString().toLowerCase(Locale.ROOT));
      }
      h = 31 * h + lower(c);
    }
    int s = stored(h);
    for (int slot = slot(h); hashes[slot] != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == s) {
        String k = keys[slot];
        if (k.length() == to - from && sameLowerCase(k, text, from)) return values[slot];
      }
    }
    return 0;
  }

  /** A hash code as {@link #hashes} keeps it: never 0, the mark of a free slot. */
  private static int stored(int h) {
    return h | 1;
  }

  /**
   * The first slot for hash code {@code h}: its high bits, spread by Fibonacci hashing. The hash
   * codes of short words differ only in their low bits and lie close together ("da", "de", "di"),
   * so that taken as they are they would fill runs of neighbouring slots that every probe walks.
   */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  private static boolean sameLowerCase(String key, CharSequence text, int from) {
    for (int j = 0; j < key.length(); j++) {
      if (key.charAt(j) != lower(text.charAt(from + j))) return false;
    }
    return true;
  }

  private static char lower(char c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    return Character.toLowerCase(c);
  }

  /**
   * Whether {@code String.toLowerCase(Locale.ROOT)} maps {@code c} to {@code
   * Character.toLowerCase(c)} whatever surrounds it: all but surrogates, the dotted capital I
   * (which becomes two chars) and the capital sigma (final or not by its neighbours).
   */
  private static boolean simpleLowerCase(char c) {
    return c < 0x130 || (c != '\u0130' && c != '\u03a3' && !Character.isSurrogate(c));
  }
}
