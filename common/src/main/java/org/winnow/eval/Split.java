package org.winnow.eval;

import com.dynatrace.hash4j.hashing.Hashing;

/**
 * The fixed train/test split of the evaluation pages: 70% train by XXH3-64 of the file name, so
 * that a page never changes side between runs and tuning can be judged on pages it never saw.
 *
 * <pre>{@code
 * Split.isTrain("0a1b2c3d-....html") -> true or false, the same on every run
 * }</pre>
 */
public final class Split {
  private Split() {}

  /** Whether the page stored under {@code fileName} belongs to the train split. */
  public static boolean isTrain(String fileName) {
    long h = Hashing.xxh3_64().hashCharsToLong(fileName);
    return Math.floorMod(h, 100) < 70;
  }
}
