package org.winnow.jobs.stages;

import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.winnow.dedup.DocMembership;
import org.winnow.dedup.StoryCluster;

/**
 * What deduplication hands on: every document's membership keyed by doc id, the stories, and its
 * counters for the run report.
 */
public record StoryResult(
    JavaPairRDD<String, DocMembership> memberships,
    JavaRDD<StoryCluster> stories,
    Map<String, Long> counters) {}
