package org.winnow.jobs.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LazilyTest {
  @Test
  void flattensEveryOutputInOrderSkippingEmptyOnes() {
    Iterator<String> out =
        Lazily.flatMap(
            List.of("ab", "", "c").iterator(), s -> s.isEmpty() ? List.of() : List.of(s.split("")));
    List<String> all = new ArrayList<>();
    out.forEachRemaining(all::add);
    assertThat(all).containsExactly("a", "b", "c");
  }

  @Test
  void readsAnInputOnlyWhenItsOutputsAreAsked() {
    List<String> applied = new ArrayList<>();
    Iterator<String> out =
        Lazily.flatMap(
            List.of("x", "y").iterator(),
            s -> {
              applied.add(s);
              return List.of(s);
            });
    out.next();
    assertThat(applied).containsExactly("x");
  }
}
