package org.winnow.jobs.dedup;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.winnow.dedup.DocMembership;
import org.winnow.dedup.StoryCluster;

/**
 * The output of {@link DedupStage#run}: one membership per input document, one row per story
 * (singletons included), the run's counters, and what a later incremental run needs: every
 * document's sketch (rows of {@code Schemas.DEDUP_SKETCHES_SCHEMA}) and the sorted (host, shingle)
 * template keys.
 *
 * <pre>{@code
 * DedupResult r = new DedupStage(settings).run(facts);
 * r.memberships().count() == facts.count();
 * }</pre>
 */
public record DedupResult(
    JavaRDD<DocMembership> memberships,
    JavaRDD<StoryCluster> clusters,
    DedupCounters counters,
    Dataset<Row> sketches,
    long[] templates) {}
