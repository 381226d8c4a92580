package org.winnow.classify;

/**
 * {@link Region#ofToken} of the tokens of one page's class/id strings, remembered by the token's
 * characters: a token is looked up where it stands in the longer string, and cut out only the first
 * time the page names it. A page's blocks repeat their ancestors' tokens over and over.
 *
 * <pre>{@code
 * TokenRegions r = new TokenRegions();
 * r.of("story comments", 6, 14) -> Region.COMMENT (Region.ofToken("comments"), now remembered)
 * r.of("post comments", 5, 13)  -> Region.COMMENT, from memory
 * }</pre>
 *
 * <p>Not thread-safe: one per page.
 */
final class TokenRegions {
  private String[] keys = new String[64];
  private int[] hashes = new int[64];
  private Region[] regions = new Region[64];
  private int size;

  /** {@link Region#ofToken} of {@code s[from, to)}. */
  Region of(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) h = 31 * h + s.charAt(i);
    int len = to - from;
    int mask = keys.length - 1;
    int slot = spread(h) & mask;
    for (String k = keys[slot]; k != null; k = keys[slot = (slot + 1) & mask]) {
      if (hashes[slot] == h && k.length() == len && s.regionMatches(from, k, 0, len)) {
        return regions[slot];
      }
    }
    String token = s.substring(from, to);
    Region r = Region.ofToken(token);
    keys[slot] = token;
    hashes[slot] = h;
    regions[slot] = r;
    if (++size * 2 > keys.length) grow();
    return r;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Region[] oldRegions = regions;
    int capacity = oldKeys.length * 2;
    keys = new String[capacity];
    hashes = new int[capacity];
    regions = new Region[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] == null) continue;
      int slot = spread(oldHashes[i]) & mask;
      while (keys[slot] != null) slot = (slot + 1) & mask;
      keys[slot] = oldKeys[i];
      hashes[slot] = oldHashes[i];
      regions[slot] = oldRegions[i];
    }
  }

  /** How many distinct tokens were asked about. */
  int size() {
    return size;
  }
}
