package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchPairsTest {
  private static BatchPairs.Member old(String id, int shingles) {
    return new BatchPairs.Member(id, shingles, false);
  }

  private static BatchPairs.Member fresh(String id, int shingles) {
    return new BatchPairs.Member(id, shingles, true);
  }

  private static BatchPairs.Pair pair(String a, String b) {
    return new BatchPairs.Pair(a, b);
  }

  @Test
  void leavesPairsOfTwoEarlierDocumentsToTheEarlierRun() {
    assertThat(BatchPairs.anchored(List.of(old("a", 90), old("b", 40), fresh("c", 60))))
        .containsExactlyInAnyOrder(pair("a", "c"), pair("b", "c"));
  }

  @Test
  void pairsEveryEarlierMemberWithANewAnchor() {
    // the new document is the longest: a full run would pair it with everyone
    assertThat(
            BatchPairs.anchored(List.of(old("a", 50), old("b", 40), old("d", 45), fresh("c", 99))))
        .containsExactlyInAnyOrder(pair("a", "c"), pair("b", "c"), pair("c", "d"));
  }

  @Test
  void makesNoPairsInABucketOfEarlierDocumentsOnly() {
    assertThat(BatchPairs.anchored(List.of(old("a", 90), old("b", 40)))).isEmpty();
  }

  @Test
  void breaksAnchorTiesByDocId() {
    // b and c tie on size: c is the longest (larger id), b the shortest
    assertThat(BatchPairs.anchored(List.of(fresh("b", 10), fresh("c", 10), old("x", 10))))
        .containsExactlyInAnyOrder(pair("b", "c"), pair("b", "x"), pair("c", "x"));
  }

  @Test
  void costsAtMostThreePairsPerMemberWhateverTheOrder() {
    List<BatchPairs.Member> members = new ArrayList<>();
    for (int i = 0; i < 40; i++)
      members.add(new BatchPairs.Member("d" + i, 10 + i % 7, i % 3 == 0));
    List<BatchPairs.Pair> first = BatchPairs.anchored(members);
    Collections.shuffle(members, new Random(5));
    assertThat(first).hasSizeLessThanOrEqualTo(3 * 39);
    assertThat(BatchPairs.anchored(members)).containsExactlyInAnyOrderElementsOf(first);
  }

  @Test
  void pairsTwoCopiesOfOneLengthThatAreNeitherAnchor() {
    // a stock-phrase bucket: the anchors are other stories, c and d are copies of one brief
    assertThat(
            BatchPairs.anchored(
                List.of(old("short", 10), old("long", 900), old("c", 55), fresh("d", 55))))
        .contains(pair("c", "d"));
  }

  @Test
  void starsAnExactGroupAroundItsSmallestIdWhenANewDocumentIsIn() {
    assertThat(BatchPairs.exactStar(List.of(old("b", 9), fresh("c", 9), old("a", 9))))
        .containsExactly(pair("a", "c"));
    assertThat(BatchPairs.exactStar(List.of(old("b", 9), fresh("a", 9), old("c", 9))))
        .containsExactlyInAnyOrder(pair("a", "b"), pair("a", "c"));
  }
}
