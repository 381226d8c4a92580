package org.winnow.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic random source keyed by the corpus seed and a path of numbers, so that any part of
 * the corpus (story 17, its copy 3) can be rebuilt on its own without replaying what came before.
 */
final class Rng {
  private final SplittableRandom random;

  private Rng(long state) {
    this.random = new SplittableRandom(state);
  }

  /** The source for {@code seed} and the key path {@code keys}. */
  static Rng of(long seed, long... keys) {
    long state = mix(seed ^ 0x5DEECE66DL);
    for (long key : keys) {
      state = mix(state * 31 + key);
    }
    return new Rng(state);
  }

  // SplitMix64's finaliser: neighbouring keys must give unrelated streams.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A number in {@code [low, high]}, both included. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  double unit() {
    return random.nextDouble();
  }

  long nextLong() {
    return random.nextLong();
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** An index drawn with the given relative weights. */
  int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
