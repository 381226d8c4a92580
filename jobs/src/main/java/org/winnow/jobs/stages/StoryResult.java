package org.winnow.jobs.stages;

import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.winnow.dedup.DocMembership;
import org.winnow.dedup.StoryCluster;

/**
 * What deduplication hands on: every document's membership keyed by doc id, the stories, its
 * counters for the run report, and what a later incremental run needs (the {@code dedup_sketches}
 * rows and the template keys; both empty when dedup is off).
 */
public record StoryResult(
    JavaPairRDD<String, DocMembership> memberships,
    JavaRDD<StoryCluster> stories,
    Map<String, Long> counters,
    Dataset<Row> sketches,
    long[] templates) {}
