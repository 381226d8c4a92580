package org.winnow.jobs.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.winnow.dedup.Headline;

class BucketsTest {
  /**
   * One block: documents a..e (their keys the letters' codes) of 10, 20, 30, 40, 50 shingles, all
   * under band key 7.
   */
  private static Iterator<Buckets.Block> fiveInOneBucket() {
    long[] docs = {'a', 'b', 'c', 'd', 'e'};
    int[] sizes = {10, 20, 30, 40, 50};
    int[] keyCounts = {3, 3, 3, 3, 3};
    long[] keys = {7, 7, 7, 7, 7};
    int[] seats = {0, 1, 2, 3, 4};
    return List.of(new Buckets.Block(docs, sizes, keyCounts, keys, seats, new long[0], new int[0]))
        .iterator();
  }

  private static Set<String> pairs(Buckets.Gathered g) {
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < g.docs().length; i++) {
      for (long b : g.partners()[i]) out.add("" + (char) g.docs()[i] + (char) b);
    }
    return out;
  }

  @Test
  void aBucketUpToTheCrowdedLimitPairsItsLongestAndShortestWithEveryMember() {
    Buckets.Gathered g = Buckets.gather(fiveInOneBucket(), 100, 5);
    // anchors e (longest) and a (shortest), and the neighbours by length
    assertThat(pairs(g)).containsExactly("ab", "ac", "ad", "ae", "bc", "be", "cd", "ce", "de");
    assertThat(g.crowded()).isZero();
  }

  @Test
  void aCrowdedBucketPairsEachMemberOnlyWithItsNeighboursByLengthAndIsCounted() {
    Buckets.Gathered g = Buckets.gather(fiveInOneBucket(), 100, 4);
    assertThat(pairs(g)).containsExactly("ab", "bc", "cd", "de");
    assertThat(g.crowded()).isOne();
    assertThat(g.buckets()).isOne();
  }

  @Test
  void aBucketBeyondTheMaximumGivesNoPairsAndIsCountedAsCapped() {
    Buckets.Gathered g = Buckets.gather(fiveInOneBucket(), 4, 3);
    assertThat(g.docs()).isEmpty();
    assertThat(g.capped()).isOne();
    assertThat(g.crowded()).isZero();
  }

  @Test
  void pairsAreCountedUnderTheirBucketsSizeClass() {
    Buckets.Gathered g = Buckets.gather(fiveInOneBucket(), 100, 4);
    // five members: class 2 (4 to 7 members), four neighbour pairs
    assertThat(g.pairsBySize()[2]).isEqualTo(4);
    assertThat(DedupStage.sizeClasses(g.pairsBySize())).isEqualTo("4-7: 4");
  }

  @Test
  void documentsFromTwoMapTasksMeetInTheirBucketAndTheirExactGroup() {
    // z (one task) and m, k (another): all under band key 3 and exact key 9
    Buckets.Block first =
        new Buckets.Block(
            new long[] {'z'},
            new int[] {30},
            new int[] {3},
            new long[] {3},
            new int[] {0},
            new long[] {9},
            new int[] {0});
    Buckets.Block second =
        new Buckets.Block(
            new long[] {'k', 'm'},
            new int[] {20, 10},
            new int[] {3, 3},
            new long[] {3, 3},
            new int[] {0, 1},
            new long[] {9, 9},
            new int[] {0, 1});
    Buckets.Gathered g = Buckets.gather(List.of(first, second).iterator(), 100, 100);
    assertThat(pairs(g)).containsExactly("kz", "mk", "mz");
    assertThat(g.exactFrom()).containsOnly('k');
    assertThat(g.exactTo()).containsExactlyInAnyOrder('m', 'z');
  }

  @Test
  void refusesABlockWhoseDocumentsAreNotInIdOrder() {
    Buckets.Block block =
        new Buckets.Block(
            new long[] {'m', 'k'},
            new int[] {10, 20},
            new int[] {3, 3},
            new long[] {3, 3},
            new int[] {0, 1},
            new long[0],
            new int[0]);
    assertThatThrownBy(() -> Buckets.gather(List.of(block).iterator(), 100, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("doc id order");
  }

  @Test
  void ranksRunsOfSortedIdsAsOneSortedList() {
    // two blocks' ids: b, d and a, c, e
    long[] ids = {'b', 'd', 'a', 'c', 'e'};
    assertThat(Buckets.mergeRanks(ids, new int[] {0, 2})).containsExactly(1, 3, 0, 2, 4);
  }

  @Test
  void aPairIsListedUnderItsShorterDocumentWhoseEvidenceIsTheOneShipped() {
    Buckets.Block block =
        new Buckets.Block(
            new long[] {'a', 'b'},
            new int[] {500, 40},
            new int[] {3, 3},
            new long[] {3, 3},
            new int[] {0, 1},
            new long[0],
            new int[0]);
    Buckets.Gathered g = Buckets.gather(List.of(block).iterator(), 100, 100);
    assertThat(g.docs()).containsExactly('b');
    assertThat(g.partners()[0]).containsExactly('a');
  }

  @Test
  void aPairIsSupportedOncePerBucketThatPairsIt() {
    // a and b share keys 3 and 5; c sits with them under 5 only; in the bucket of three the pair
    // (a, c) is made by the shortest anchor and by the neighbours by length, once in support
    Buckets.Block block =
        new Buckets.Block(
            new long[] {'a', 'b', 'c'},
            new int[] {10, 20, 30},
            new int[] {6, 9, 12},
            new long[] {3, 3, 5, 5, 5},
            new int[] {0, 1, 0, 1, 2},
            new long[0],
            new int[0]);
    Buckets.Gathered g = Buckets.gather(List.of(block).iterator(), 100, 100);
    assertThat(g.docs()).containsExactly('a', 'b');
    assertThat(g.keyCounts()).containsExactly(6, 9);
    assertThat(g.partners()[0]).containsExactly('b', 'c');
    assertThat(g.support()[0]).containsExactly(2, 1);
    assertThat(g.partners()[1]).containsExactly('c');
    assertThat(g.support()[1]).containsExactly(1);
  }

  @Test
  void aPairOnlyAHeadlineBucketMadeCountsAsSupportedWhateverItsBandKeys() {
    // a (a brief) and b share no band key but a headline key, 5
    Buckets.Block block =
        new Buckets.Block(
            new long[] {'a', 'b'},
            new int[] {40, 400},
            new int[] {9, 90},
            new long[] {1, 2},
            new int[] {0, 1},
            new long[0],
            new int[0],
            new long[] {5, 5},
            new int[] {0, 1});
    Buckets.Gathered g = Buckets.gather(List.of(block).iterator(), 100, 64);
    assertThat(pairs(g)).containsExactly("ab");
    assertThat(g.support()[0][0]).isGreaterThanOrEqualTo(Buckets.HEADLINE_SUPPORT);
    assertThat(g.buckets()).isOne();
  }

  @Test
  void onlyADocumentWithADatelineTakesAHeadlineSeat() {
    org.winnow.dedup.CopyEvidence plain =
        new org.winnow.dedup.CopyEvidence(
            "a.example.com", null, new long[0], new long[0], new long[0], new long[0]);
    org.winnow.dedup.Headline.Keys title =
        org.winnow.dedup.Headline.of("UPDATE 2: The council approves the new budget", 4);
    assertThat(Buckets.headlineKeys(plain.withHeadline(title, new long[0], 0))).isEmpty();
    assertThat(Buckets.headlineKeys(plain.withHeadline(title, new long[0], 77)))
        .containsExactlyInAnyOrder(title.full(), title.unlabelled());
  }

  @Test
  void aDocumentWithADatelineTakesASeatUnderEachPhraseOfItsHeadlineThatItsLeadHolds() {
    org.winnow.dedup.CopyEvidence plain =
        new org.winnow.dedup.CopyEvidence(
            "a.example.com", null, new long[0], new long[0], new long[0], new long[] {2, 3, 4});
    long[] phrases = {1, 2, 3};
    assertThat(Buckets.headlineKeys(plain.withHeadline(Headline.Keys.NONE, phrases, 77)))
        .containsExactly(Headline.phraseKeys(phrases, new long[] {2, 3, 4}, 77));
    assertThat(Buckets.headlineKeys(plain.withHeadline(Headline.Keys.NONE, phrases, 0))).isEmpty();
  }

  @Test
  void aHeadlineBucketPairsOnlyDocumentsWhoseShorterIsShortEnough() {
    // a (40) and b, c (400, 500) under headline key 5: b and c are long, a is a brief
    Buckets.Block block =
        new Buckets.Block(
            new long[] {'a', 'b', 'c'},
            new int[] {40, 400, 500},
            new int[] {9, 90, 90},
            new long[] {1, 2, 3},
            new int[] {0, 1, 2},
            new long[0],
            new int[0],
            new long[] {5, 5, 5},
            new int[] {0, 1, 2});
    Buckets.Gathered g = Buckets.gather(List.of(block).iterator(), 100, 64, 160);
    assertThat(pairs(g)).containsExactly("ab", "ac");
  }
}
