package org.winnow.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.winnow.model.Block;
import org.winnow.model.Page;

class StorySampleTest {
  private static StorySample sample(long... storyKeys) {
    StorySample s = new StorySample();
    for (long k : storyKeys) s.add(k, 1);
    return s;
  }

  @Test
  void countsThePagesOfTheLargestStory() {
    assertThat(sample(7, 7, 9, 7).largestStory()).isEqualTo(3);
    assertThat(sample(1, 2, 3).largestStory()).isEqualTo(1);
  }

  @Test
  void ignoresPagesWithoutText() {
    assertThat(sample(0, 0).largestStory()).isZero();
  }

  @Test
  void keepsOnlyTheSmallestKeysWhateverTheOrder() {
    StorySample up = new StorySample();
    StorySample down = new StorySample();
    for (long k = 1; k <= 100; k++) up.add(k, 1);
    for (long k = 100; k >= 1; k--) down.add(k, 1);
    up.add(1, 4);
    down.add(1, 4);
    // key 100 fell out of both samples: counting it again cannot make a large story
    up.add(100, 9);
    down.add(100, 9);

    assertThat(up.largestStory()).isEqualTo(5);
    assertThat(down.largestStory()).isEqualTo(5);
  }

  @Test
  void mergesSamplesAsIfEveryPageHadBeenAddedToOne() {
    StorySample a = sample(3, 3, 8);
    StorySample b = sample(3, 5);

    assertThat(a.merge(b).largestStory()).isEqualTo(3);
  }

  @Test
  void takesThePageLongestBlockAsItsStoryKey() {
    Block nav = new Block(0, "Home", "li", "", "", 0, 0, 0, 0);
    Block lead =
        new Block(1, "The harbour reopened on Tuesday after repairs.", "p", "", "", 0, 0, 0, 0);
    Page page =
        new Page(
            "d",
            "s",
            "https://a.com/x",
            "a.com",
            null,
            null,
            null,
            "en",
            null,
            List.of(nav, lead),
            List.of());

    assertThat(StorySample.storyKey(page)).isEqualTo(lead.key());
  }

  @Test
  void findsTheStoryBlockAmongBlocksAndNoneWithoutText() {
    Block nav = new Block(0, "Home", "li", "", "", 0, 0, 0, 0);
    Block lead =
        new Block(1, "The harbour reopened on Tuesday after repairs.", "p", "", "", 0, 0, 0, 0);
    Block empty = new Block(2, "", "p", "", "", 0, 0, 0, 0);

    assertThat(StorySample.storyBlock(List.of(nav, lead, empty))).isEqualTo(1);
    assertThat(StorySample.storyBlock(List.of(empty))).isEqualTo(-1);
  }
}
