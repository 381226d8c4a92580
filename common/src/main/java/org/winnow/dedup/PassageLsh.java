package org.winnow.dedup;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.io.Serializable;
import java.util.Arrays;
import org.winnow.settings.Settings;

/**
 * MinHash signatures and LSH band keys taken per <em>passage</em> (a content-defined run of about
 * {@code dedup.passage_shingles} consecutive shingles) rather than per document.
 *
 * <p>Why passages: a wire story trimmed to a third, or cut to a two-paragraph brief, has a whole-
 * document Jaccard of 0.1–0.3 with its full copy, which banded MinHash over the whole document
 * almost never pairs. Its passages, though, are the full copy's passages nearly verbatim, so a
 * passage-level band collision makes the pair a candidate with a probability that depends on how
 * much text they share, not on how long the longer copy is. Every candidate is verified exactly
 * afterwards ({@link PairVerifier}), so passage collisions between stories that merely quote each
 * other cost a comparison, never a wrong edge.
 *
 * <p>Signatures are classic k-permutation MinHash: permutation {@code i} of a shingle hash {@code
 * h} is the murmur3 finaliser of {@code h ^ seed[i]}, seeds fixed (pinned by tests).
 *
 * <pre>{@code
 * PassageLsh lsh = new PassageLsh(settings);       // 6 permutations, 3 bands x 2 rows
 * long[] keys = lsh.bandKeys(shingler.shingle(paragraphs)); // 3 keys per passage, sorted
 * }</pre>
 */
public final class PassageLsh implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int numPerm;
  private final int bands;
  private final int rows;
  private final int passageShingles;

  /** {@code passageShingles - 1} when it is a power of two (a mask then cuts), else -1. */
  private final long cutMask;

  private final int minPassage;
  private final int maxPassage;
  private final long[] seeds;

  public PassageLsh(Settings settings) {
    this.numPerm = settings.get(DedupSettings.NUM_PERM);
    this.bands = settings.get(DedupSettings.BANDS);
    this.rows = settings.get(DedupSettings.ROWS);
    this.passageShingles = settings.get(DedupSettings.PASSAGE_SHINGLES);
    this.cutMask = Integer.bitCount(passageShingles) == 1 ? passageShingles - 1 : -1;
    this.minPassage = Math.max(1, passageShingles / 3);
    this.maxPassage = 4 * passageShingles;
    if ((long) bands * rows > numPerm) {
      throw new IllegalArgumentException(
          DedupSettings.BANDS.key()
              + " x "
              + DedupSettings.ROWS.key()
              + " = "
              + bands * rows
              + " needs at least that many permutations, but "
              + DedupSettings.NUM_PERM.key()
              + " = "
              + numPerm);
    }
    Hasher64 seeder = Hashing.xxh3_64(Shingler.SEED);
    this.seeds = new long[numPerm];
    for (int i = 0; i < numPerm; i++) seeds[i] = seeder.hashIntToLong(i);
  }

  /** Probability that two passages with Jaccard {@code j} share at least one band key. */
  public double candidateProbability(double j) {
    return 1 - Math.pow(1 - Math.pow(j, rows), bands);
  }

  /** The MinHash signature of shingles {@code from} (inclusive) to {@code to} (exclusive). */
  public long[] signature(ShingledText text, int from, int to) {
    long[] sig = new long[numPerm];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (int s = from; s < to; s++) {
      long h = text.hash(s);
      for (int i = 0; i < numPerm; i++) {
        long v = mix(h ^ seeds[i]);
        if (v < sig[i]) sig[i] = v;
      }
    }
    return sig;
  }

  /**
   * Where passages start (shingle indices). Cuts are content-defined: a passage closes after a
   * shingle whose hash is 0 modulo {@code dedup.passage_shingles}, once it holds at least a third
   * of that, or when it reaches four times that. A cut therefore depends on the few shingles around
   * it, not on paragraph breaks or on where the document starts: a copy with merged or split
   * paragraphs, a trimmed copy and a brief cut their shared text at the same places, so their
   * passages are identical and their band keys collide.
   */
  public int[] passageStarts(ShingledText text) {
    int n = text.size();
    if (n == 0) return new int[0];
    int[] starts = new int[n];
    int count = 1;
    int start = 0;
    for (int i = 0; i + 1 < n; i++) {
      int length = i - start + 1;
      if ((length >= minPassage && cutsAfter(text.hash(i))) || length >= maxPassage) {
        starts[count++] = i + 1;
        start = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** Whether a passage may close after the shingle {@code h}: its mix is 0 mod the length. */
  private boolean cutsAfter(long h) {
    long x = mix(h);
    return cutMask >= 0 ? (x & cutMask) == 0 : Long.remainderUnsigned(x, passageShingles) == 0;
  }

  /** The sorted distinct band keys of every passage of {@code text}. */
  public long[] bandKeys(ShingledText text) {
    int[] starts = passageStarts(text);
    long[] keys = new long[starts.length * bands];
    HashStream64 stream = Shingler.HASHER.hashStream();
    for (int p = 0; p < starts.length; p++) {
      int end = p + 1 < starts.length ? starts[p + 1] : text.size();
      long[] sig = signature(text, starts[p], end);
      for (int b = 0; b < bands; b++) {
        stream.reset().putInt(b);
        for (int r = 0; r < rows; r++) stream.putLong(sig[b * rows + r]);
        keys[p * bands + b] = stream.getAsLong();
      }
    }
    return ShingleSets.of(keys);
  }

  /** murmur3's 64-bit finaliser: a bijection that spreads every input bit over the output. */
  static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    x *= 0xc4ceb9fe1a85ec53L;
    x ^= x >>> 33;
    return x;
  }
}
