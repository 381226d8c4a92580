package org.winnow.dedup;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.io.Serializable;
import java.util.List;
import org.winnow.settings.Settings;
import org.winnow.text.TextKey;

/**
 * Turns content paragraphs into hashed word n-grams: normalised by {@link TextKey#normalize}, one
 * stream across paragraph breaks (so that copies that split or merge paragraphs keep their
 * shingles), with single characters as tokens in scripts written without spaces (CJK, Thai).
 *
 * <pre>{@code
 * new Shingler(settings).shingle(List.of("Floods hit the north.", "Dozens fled."))
 * // shingle size 4 -> "floods hit the north", "hit the north dozens", "the north dozens fled"
 * }</pre>
 */
public final class Shingler implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Fixed seed of every shingle hash: changing it stales every stored signature. */
  static final long SEED = 0x57494e4e4f57L; // "WINNOW"

  private final int size;

  public Shingler(Settings settings) {
    this.size = settings.get(DedupSettings.SHINGLE_SIZE);
  }

  /** Shingle size in tokens. */
  public int size() {
    return size;
  }

  /** The shingles of {@code paragraphs}, in order, each tagged with its starting paragraph. */
  public ShingledText shingle(List<String> paragraphs) {
    return shingle(paragraphs, null);
  }

  /**
   * {@link #shingle(List)}, also filling {@code paragraphKeys} (one slot per paragraph; null: not
   * wanted) with each paragraph's {@link TextKey#of}, from the normalisation the shingles are made
   * of rather than a second one.
   */
  public ShingledText shingle(List<String> paragraphs, long[] paragraphKeys) {
    Hasher64 hasher = Hashing.xxh3_64(SEED);
    LongList tokens = new LongList();
    IntList tokenParagraph = new IntList();
    StringBuilder all = new StringBuilder();
    Window window = new Window();
    for (int p = 0; p < paragraphs.size(); p++) {
      String norm = TextKey.normalize(paragraphs.get(p));
      if (paragraphKeys != null) paragraphKeys[p] = TextKey.ofNormalized(norm);
      if (norm.isEmpty()) continue;
      if (all.length() > 0) all.append(' ');
      all.append(norm);
      tokenize(norm, hasher, window, tokens, tokenParagraph, p);
    }
    // a String, not the builder: the hasher then reads one kind of CharSequence besides the window
    long exact = all.length() == 0 ? 0L : nonZero(hasher.hashCharsToLong(all.toString()));
    int n = tokens.size();
    if (n == 0) return new ShingledText(new long[0], new int[0], exact);
    int count = Math.max(1, n - size + 1);
    int width = Math.min(size, n);
    long[] hashes = new long[count];
    int[] paragraphOf = new int[count];
    HashStream64 stream = hasher.hashStream();
    for (int i = 0; i < count; i++) {
      stream.reset();
      for (int k = 0; k < width; k++) stream.putLong(tokens.get(i + k));
      hashes[i] = stream.getAsLong();
      paragraphOf[i] = tokenParagraph.get(i);
    }
    return new ShingledText(hashes, paragraphOf, exact);
  }

  /**
   * The tokens of normalised text: words between single spaces, and single characters of scripts
   * written without spaces. Each token's hash is that of its characters, read through {@code
   * window} rather than copied out as a string.
   */
  private static void tokenize(
      String norm,
      Hasher64 hasher,
      Window window,
      LongList tokens,
      IntList tokenParagraph,
      int paragraph) {
    window.text = norm;
    int start = -1;
    for (int i = 0; i <= norm.length(); ) {
      char c = i < norm.length() ? norm.charAt(i) : ' ';
      int cp = Character.isHighSurrogate(c) ? norm.codePointAt(i) : c;
      int next = i + Character.charCount(cp);
      boolean unspaced = cp != ' ' && unspaced(cp);
      if (cp == ' ' || unspaced) {
        if (start >= 0) {
          tokens.add(hasher.hashCharsToLong(window.of(start, i)));
          tokenParagraph.add(paragraph);
          start = -1;
        }
        if (unspaced) {
          tokens.add(hasher.hashCharsToLong(window.of(i, next)));
          tokenParagraph.add(paragraph);
        }
      } else if (start < 0) {
        start = i;
      }
      i = next;
    }
  }

  /**
   * Scripts written without spaces between words: each character is a token. Every such script
   * starts at Thai (U+0E00), so the alphabets before it need no script lookup.
   */
  static boolean unspaced(int cp) {
    if (cp < FIRST_UNSPACED) return false;
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.THAI
        || s == Character.UnicodeScript.LAO
        || s == Character.UnicodeScript.KHMER
        || s == Character.UnicodeScript.MYANMAR;
  }

  /** The first code point of any script {@link #unspaced} names (Thai). */
  static final int FIRST_UNSPACED = 0x0E00;

  /**
   * A run of one string's characters as a CharSequence, moved from token to token, so that hashing
   * a token copies nothing.
   */
  private static final class Window implements CharSequence {
    private String text;
    private int from;
    private int to;

    Window of(int from, int to) {
      this.from = from;
      this.to = to;
      return this;
    }

    @Override
    public int length() {
      return to - from;
    }

    @Override
    public char charAt(int index) {
      return text.charAt(from + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.substring(from + start, from + end);
    }

    @Override
    public String toString() {
      return text.substring(from, to);
    }
  }

  private static long nonZero(long h) {
    return h == 0 ? 1 : h;
  }

  /** A growable long array: shingling runs on every document and must not box. */
  private static final class LongList {
    private long[] a = new long[256];
    private int n;

    void add(long v) {
      if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
      a[n++] = v;
    }

    long get(int i) {
      return a[i];
    }

    int size() {
      return n;
    }
  }

  private static final class IntList {
    private int[] a = new int[256];
    private int n;

    void add(int v) {
      if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
      a[n++] = v;
    }

    int get(int i) {
      return a[i];
    }
  }
}
