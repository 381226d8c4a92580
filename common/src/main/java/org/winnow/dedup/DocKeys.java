package org.winnow.dedup;

import com.dynatrace.hash4j.hashing.Hashing;

/**
 * A document's id as one long, the key the dedup stage's shuffles, maps and sorts carry instead of
 * the id's string.
 *
 * <p>Ids are 16 lower-case hex digits of a 64-bit hash ({@link org.winnow.model.DocIds}): such an
 * id's key is its value with the sign bit flipped, so that keys in signed order are ids in string
 * order (every tie the stage breaks by id falls the same way) and distinct ids have distinct keys.
 * Any other id (tests, hand-made inputs) is keyed by a 64-bit hash of its characters, the same on
 * every machine; two such ids sharing a key are told apart by no one, so the stage counts distinct
 * keys where it checks that ids are unique.
 *
 * <pre>{@code
 * DocKeys.of("0000000000000001") // Long.MIN_VALUE + 1
 * DocKeys.of("ffffffffffffffff") // Long.MAX_VALUE
 * DocKeys.partitionHash(DocKeys.of(id)) == id.hashCode() // for a 16-hex-digit id
 * }</pre>
 */
public final class DocKeys {
  private DocKeys() {}

  /** The key of {@code docId}. */
  public static long of(String docId) {
    if (docId.length() == HEX_DIGITS) {
      long v = 0;
      for (int i = 0; i < HEX_DIGITS; i++) {
        char c = docId.charAt(i);
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0) return hashed(docId);
        v = v << 4 | d;
      }
      return v ^ Long.MIN_VALUE;
    }
    return hashed(docId);
  }

  /**
   * {@link String#hashCode} of the 16 hex digits that {@code key} stands for: the hash a {@link
   * org.apache.spark.HashPartitioner} would place the id's string by, so that a set keyed by long
   * lands in the partitions it did when keyed by id.
   */
  public static int partitionHash(long key) {
    long v = key ^ Long.MIN_VALUE;
    int h = 0;
    for (int shift = 60; shift >= 0; shift -= 4) {
      int d = (int) (v >>> shift) & 0xf;
      h = 31 * h + (d < 10 ? '0' + d : 'a' - 10 + d);
    }
    return h;
  }

  private static final int HEX_DIGITS = 16;

  private static long hashed(String docId) {
    return Hashing.xxh3_64().hashCharsToLong(docId);
  }
}
