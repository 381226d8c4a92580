package org.winnow.jobs.stages;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One story: the copies deduplication grouped, with its canonical copy and where and when it ran.
 *
 * @param clusterId the story id
 * @param canonicalDocId the canonical copy
 * @param canonicalReason why that copy was chosen
 * @param size number of documents
 * @param hosts distinct hosts that carried it, sorted
 * @param urls the copies' URLs, sorted
 * @param firstPublishedAt earliest known publication, or null
 * @param lastPublishedAt latest known publication, or null
 */
public record Story(
    String clusterId,
    String canonicalDocId,
    String canonicalReason,
    int size,
    List<String> hosts,
    List<String> urls,
    Instant firstPublishedAt,
    Instant lastPublishedAt)
    implements Serializable {}
