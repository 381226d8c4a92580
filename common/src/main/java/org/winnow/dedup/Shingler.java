package org.winnow.dedup;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

  /** Hashers are immutable and thread-safe: one serves every call. */
  static final Hasher64 HASHER = Hashing.xxh3_64(SEED);

  private static final VarHandle LITTLE_ENDIAN_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

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
    LongList tokens = new LongList();
    IntList tokenParagraph = new IntList();
    IntList tokenFigures = new IntList();
    Utf16 all = new Utf16();
    for (int p = 0; p < paragraphs.size(); p++) {
      String norm = TextKey.normalize(paragraphs.get(p));
      if (paragraphKeys != null) paragraphKeys[p] = TextKey.ofNormalized(norm);
      if (norm.isEmpty()) continue;
      if (all.length() > 0) all.append(' ');
      int at = all.length();
      all.append(norm);
      // a number is a digit run, folded to one 0 by the normalisation: most paragraphs hold none
      IntList ends = norm.indexOf('0') >= 0 ? new IntList() : null;
      int before = tokens.size();
      tokenize(norm, all.bytes, at, tokens, tokenParagraph, p, ends);
      if (ends == null) {
        for (int t = before; t < tokens.size(); t++) tokenFigures.add(0);
      } else {
        for (int f : Figures.ofTokens(paragraphs.get(p), norm, ends.a, ends.n)) {
          tokenFigures.add(f);
        }
      }
    }
    long exact = all.length() == 0 ? 0L : nonZero(all.hash(0, all.length()));
    int n = tokens.size();
    if (n == 0) return new ShingledText(new long[0], new int[0], exact);
    int count = Math.max(1, n - size + 1);
    int width = Math.min(size, n);
    // a shingle's hash is that of its tokens' hashes, little-endian one after the other: each is
    // read straight off the tokens laid out so, as a stream fed one long at a time would hash it
    byte[] laid = new byte[8 * n];
    for (int i = 0; i < n; i++) LITTLE_ENDIAN_LONG.set(laid, 8 * i, tokens.get(i));
    long[] hashes = new long[count];
    int[] paragraphOf = new int[count];
    for (int i = 0; i < count; i++) {
      hashes[i] = HASHER.hashBytesToLong(laid, 8 * i, 8 * width);
      paragraphOf[i] = tokenParagraph.get(i);
    }
    return new ShingledText(
        hashes, paragraphOf, Figures.ofShingles(tokenFigures.a, n, width, count), exact);
  }

  /**
   * The tokens of normalised text: words between single spaces, and single characters of scripts
   * written without spaces. Each token's hash is that of its characters, read from their UTF-16LE
   * bytes in {@code bytes} (where {@code norm} starts at character {@code at}): hashing a string's
   * characters is hashing those bytes, without a string or a character sequence per token.
   */
  private static void tokenize(
      String norm,
      byte[] bytes,
      int at,
      LongList tokens,
      IntList tokenParagraph,
      int paragraph,
      IntList ends) {
    int start = -1;
    for (int i = 0; i <= norm.length(); ) {
      char c = i < norm.length() ? norm.charAt(i) : ' ';
      if (c < FIRST_UNSPACED) {
        // the alphabets before Thai, most text: neither a surrogate nor a token of its own
        if (c != ' ') {
          if (start < 0) start = i;
        } else if (start >= 0) {
          tokens.add(HASHER.hashBytesToLong(bytes, 2 * (at + start), 2 * (i - start)));
          tokenParagraph.add(paragraph);
          if (ends != null) ends.add(i);
          start = -1;
        }
        i++;
        continue;
      }
      int cp = Character.isHighSurrogate(c) ? norm.codePointAt(i) : c;
      int next = i + Character.charCount(cp);
      boolean unspaced = cp != ' ' && unspaced(cp);
      if (cp == ' ' || unspaced) {
        if (start >= 0) {
          tokens.add(HASHER.hashBytesToLong(bytes, 2 * (at + start), 2 * (i - start)));
          tokenParagraph.add(paragraph);
          if (ends != null) ends.add(i);
          start = -1;
        }
        if (unspaced) {
          tokens.add(HASHER.hashBytesToLong(bytes, 2 * (at + i), 2 * (next - i)));
          tokenParagraph.add(paragraph);
          if (ends != null) ends.add(next);
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
   * Text as UTF-16LE bytes, the bytes hash4j hashes a string's characters as, appended to: the
   * whole content and each of its tokens are hashed from the one buffer.
   */
  private static final class Utf16 {
    private byte[] bytes = new byte[1024];
    private int chars;

    int length() {
      return chars;
    }

    void append(char c) {
      ensure(chars + 1);
      bytes[2 * chars] = (byte) c;
      bytes[2 * chars + 1] = (byte) (c >>> 8);
      chars++;
    }

    void append(String s) {
      ensure(chars + s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        bytes[2 * (chars + i)] = (byte) c;
        bytes[2 * (chars + i) + 1] = (byte) (c >>> 8);
      }
      chars += s.length();
    }

    /** The hash of characters {@code from} (inclusive) to {@code to} (exclusive). */
    long hash(int from, int to) {
      return HASHER.hashBytesToLong(bytes, 2 * from, 2 * (to - from));
    }

    private void ensure(int capacity) {
      if (2 * capacity > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, 2 * capacity));
      }
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
