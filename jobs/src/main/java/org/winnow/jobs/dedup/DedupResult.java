package org.winnow.jobs.dedup;

import org.apache.spark.api.java.JavaRDD;
import org.winnow.dedup.DocMembership;
import org.winnow.dedup.StoryCluster;

/**
 * The output of {@link DedupStage#run}: one membership per input document, one row per story
 * (singletons included) and the run's counters.
 *
 * <pre>{@code
 * DedupResult r = new DedupStage(settings).run(facts);
 * r.memberships().count() == facts.count();
 * }</pre>
 */
public record DedupResult(
    JavaRDD<DocMembership> memberships, JavaRDD<StoryCluster> clusters, DedupCounters counters) {}
