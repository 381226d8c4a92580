package org.winnow.model;

import com.dynatrace.hash4j.hashing.Hashing;

/** Stable document ids: the same source position gives the same id on every run and machine. */
public final class DocIds {
  /** Hashers are immutable and thread-safe: one serves every call. */
  private static final com.dynatrace.hash4j.hashing.Hasher64 HASHER = Hashing.xxh3_64();

  private DocIds() {}

  /**
   * The id of the record at {@code source}: 16 lower-case hex digits of XXH3-64 over its
   * characters.
   *
   * <pre>{@code
   * DocIds.of("file:/data/a.warc.gz#0") // -> a fixed 16-hex-digit id
   * }</pre>
   */
  public static String of(String source) {
    long h = HASHER.hashCharsToLong(source);
    return String.format("%016x", h);
  }
}
