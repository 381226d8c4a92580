package org.winnow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryUpdateTest {
  private static final Instant MON = Instant.parse("2025-01-06T10:00:00Z");
  private static final Instant TUE = Instant.parse("2025-01-07T10:00:00Z");
  private static final Instant SUN = Instant.parse("2025-01-05T10:00:00Z");

  private static StoryCluster earlier(String id, int size, String host, Instant at) {
    return new StoryCluster(
        id,
        id,
        "earliest published",
        size,
        List.of(host),
        List.of("https://" + host + "/" + id),
        at,
        at);
  }

  @Test
  void aNewCopyThePolicyPrefersRenamesTheStoryAndRetiresTheOldName() {
    StoryUpdate u =
        StoryUpdate.ofStory(earlier("d2", 3, "a.com", MON))
            .merge(StoryUpdate.ofCopy("https://wire.com/n9", "wire.com", SUN));
    StoryCluster c = u.toCluster(new CanonicalChoice("n9", "agency host wire.com"));
    assertThat(c.clusterId()).isEqualTo("n9");
    assertThat(c.canonicalDocId()).isEqualTo("n9");
    assertThat(c.size()).isEqualTo(4);
    assertThat(c.hosts()).containsExactly("a.com", "wire.com");
    assertThat(c.firstPublishedAt()).isEqualTo(SUN);
    assertThat(c.lastPublishedAt()).isEqualTo(MON);
    assertThat(u.retiredIds("n9")).containsExactly("d2");
  }

  @Test
  void aNewCopyThatLosesKeepsTheStorysName() {
    StoryUpdate u =
        StoryUpdate.ofStory(earlier("d2", 3, "a.com", MON))
            .merge(StoryUpdate.ofCopy("https://b.com/n1", "b.com", TUE));
    assertThat(u.retiredIds("d2")).isEmpty();
    assertThat(u.toCluster(new CanonicalChoice("d2", "earliest published")).urls())
        .containsExactly("https://a.com/d2", "https://b.com/n1");
  }

  @Test
  void bridgingTwoEarlierStoriesRetiresTheOneWhoseCopyLost() {
    StoryUpdate u =
        StoryUpdate.ofStory(earlier("d2", 3, "a.com", MON))
            .merge(StoryUpdate.ofStory(earlier("d7", 2, "c.com", TUE)))
            .merge(StoryUpdate.ofCopy("https://b.com/n1", "b.com", TUE));
    assertThat(u.earlierIds()).containsExactly("d2", "d7");
    assertThat(u.retiredIds("d2")).containsExactly("d7");
    assertThat(u.size()).isEqualTo(6);
  }

  @Test
  void foldsInAnyOrderToTheSameStory() {
    StoryUpdate a = StoryUpdate.ofStory(earlier("d2", 3, "a.com", MON));
    StoryUpdate b = StoryUpdate.ofCopy("https://b.com/n1", "b.com", null);
    StoryUpdate c = StoryUpdate.ofCopy("https://c.com/n2", "c.com", SUN);
    CanonicalChoice choice = new CanonicalChoice("d2", "earliest published");
    assertThat(a.merge(b).merge(c).toCluster(choice))
        .isEqualTo(c.merge(b.merge(a)).toCluster(choice));
  }

  @Test
  void aPageOfUnknownOriginNamesNoHost() {
    StoryUpdate u = StoryUpdate.ofCopy("file:/dump/a.txt", "\u0000file:/dump/a.txt", null);
    StoryCluster c = u.toCluster(new CanonicalChoice("n1", "only copy"));
    assertThat(c.hosts()).isEmpty();
    assertThat(c.firstPublishedAt()).isNull();
  }
}
