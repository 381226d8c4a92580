package org.winnow.dedup;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One story: its syndicated copies' outlets and URLs, its canonical copy and why, and when it ran.
 *
 * <pre>{@code
 * StoryCluster("3f0c...", "3f0c...", "agency host apnews.com", 12,
 *     ["apnews.com", "wtop.com", ...], [...], 2018-07-16T10:00Z, 2018-07-17T08:12Z)
 * }</pre>
 *
 * @param hosts distinct hosts, sorted
 * @param urls every copy's URL, sorted
 * @param firstPublishedAt earliest known date, null when no copy has one
 * @param lastPublishedAt latest known date, null when no copy has one
 */
public record StoryCluster(
    String clusterId,
    String canonicalDocId,
    String canonicalReason,
    int size,
    List<String> hosts,
    List<String> urls,
    Instant firstPublishedAt,
    Instant lastPublishedAt)
    implements Serializable {
  public StoryCluster {
    hosts = List.copyOf(hosts);
    urls = List.copyOf(urls);
  }
}
