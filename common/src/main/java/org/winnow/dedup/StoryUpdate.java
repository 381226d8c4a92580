package org.winnow.dedup;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.winnow.model.Hosts;

/**
 * A story row being rebuilt when a new batch adds copies to stories of earlier runs: earlier rows
 * and new copies fold together in any order ({@link #merge} is associative and commutative), and
 * the result is named after the canonical copy the contest picked. The earlier rows' ids that are
 * not that name are retired: their documents now belong to the returned story.
 *
 * <pre>{@code
 * StoryUpdate.ofStory(earlier)                 // "d2": 3 copies from 2 hosts
 *     .merge(StoryUpdate.ofCopy(url, host, at)) // a new copy, published earlier still
 *     .toCluster(new CanonicalChoice("d9", "earliest published ..."))
 *   -> StoryCluster("d9", "d9", "earliest published ...", 4, ...); retiredIds("d9") = ["d2"]
 * }</pre>
 */
public final class StoryUpdate implements Serializable {
  private static final long serialVersionUID = 1L;

  private final TreeSet<String> earlierIds;
  private final int size;
  private final TreeSet<String> hosts;
  private final TreeSet<String> urls;
  private final Instant first;
  private final Instant last;

  private StoryUpdate(
      TreeSet<String> earlierIds,
      int size,
      TreeSet<String> hosts,
      TreeSet<String> urls,
      Instant first,
      Instant last) {
    this.earlierIds = earlierIds;
    this.size = size;
    this.hosts = hosts;
    this.urls = urls;
    this.first = first;
    this.last = last;
  }

  /** An earlier run's story row, whole. */
  public static StoryUpdate ofStory(StoryCluster earlier) {
    TreeSet<String> ids = new TreeSet<>();
    ids.add(earlier.clusterId());
    return new StoryUpdate(
        ids,
        earlier.size(),
        new TreeSet<>(earlier.hosts()),
        new TreeSet<>(earlier.urls()),
        earlier.firstPublishedAt(),
        earlier.lastPublishedAt());
  }

  /**
   * One new copy.
   *
   * @param outlet the outlet it counts under; a page of unknown origin names no host
   * @param publishedAt null when unknown
   */
  public static StoryUpdate ofCopy(String url, String outlet, Instant publishedAt) {
    TreeSet<String> hosts = new TreeSet<>();
    if (Hosts.named(outlet)) hosts.add(outlet);
    TreeSet<String> urls = new TreeSet<>();
    urls.add(Objects.requireNonNull(url, "url"));
    return new StoryUpdate(new TreeSet<>(), 1, hosts, urls, publishedAt, publishedAt);
  }

  /** Both as one story. */
  public StoryUpdate merge(StoryUpdate o) {
    TreeSet<String> ids = new TreeSet<>(earlierIds);
    ids.addAll(o.earlierIds);
    TreeSet<String> h = new TreeSet<>(hosts);
    h.addAll(o.hosts);
    TreeSet<String> u = new TreeSet<>(urls);
    u.addAll(o.urls);
    return new StoryUpdate(
        ids, size + o.size, h, u, pick(first, o.first, true), pick(last, o.last, false));
  }

  private static Instant pick(Instant x, Instant y, boolean earlier) {
    if (x == null) return y;
    if (y == null) return x;
    return (x.isBefore(y) == earlier) ? x : y;
  }

  /** Documents in the story. */
  public int size() {
    return size;
  }

  /** The ids of the earlier stories folded in, sorted. */
  public List<String> earlierIds() {
    return List.copyOf(earlierIds);
  }

  /** The earlier ids that stop existing when the story is named {@code clusterId}, sorted. */
  public List<String> retiredIds(String clusterId) {
    List<String> out = new ArrayList<>();
    for (String id : earlierIds) if (!id.equals(clusterId)) out.add(id);
    return out;
  }

  /** The story row, named after its canonical copy. */
  public StoryCluster toCluster(CanonicalChoice choice) {
    return new StoryCluster(
        choice.docId(),
        choice.docId(),
        choice.reason(),
        size,
        List.copyOf(hosts),
        List.copyOf(urls),
        first,
        last);
  }
}
