package org.winnow.jobs.stages;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Iterators that produce one element's outputs at a time, so that a partition function holds one
 * input's worth of output instead of a list of the whole partition's.
 *
 * <pre>{@code
 * Lazily.flatMap(List.of("ab", "c").iterator(), s -> List.of(s.split("")))  -> a, b, c
 * }</pre>
 */
final class Lazily {
  private Lazily() {}

  /**
   * The outputs of {@code f} for each element of {@code in}, in order, computed as they are read.
   */
  static <T, R> Iterator<R> flatMap(Iterator<T> in, Function<T, ? extends Iterable<R>> f) {
    return new Iterator<R>() {
      private Iterator<R> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!in.hasNext()) return false;
          current = f.apply(in.next()).iterator();
        }
        return true;
      }

      @Override
      public R next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
      }
    };
  }
}
