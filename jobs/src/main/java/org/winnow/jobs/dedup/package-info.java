/**
 * Syndicated-copy detection on Spark: {@link org.winnow.jobs.dedup.DedupStage} turns {@code
 * CopyFacts} into story memberships and story rows; the pure logic it calls lives in {@code
 * org.winnow.dedup} (common) and is tested without Spark.
 *
 * <h2>Incremental runs (designed, not built yet)</h2>
 *
 * <p>A run can persist what a later batch needs to be deduplicated against it without recomputing
 * it, all keyed by doc id and written as Parquet beside the output:
 *
 * <ul>
 *   <li>{@code dedup_sketches}: doc id, host, published_at, the post-template shingle set (sorted
 *       64-bit hashes) and the passage band keys. Band keys and shingle hashes are pinned by tests
 *       (fixed seeds), so they stay comparable across runs and versions; a change of {@code
 *       dedup.shingle_size}, {@code dedup.passage_shingles}, {@code dedup.num_perm}, {@code
 *       dedup.bands} or {@code dedup.rows} invalidates them and forces a full run (the settings in
 *       force are stored with them and compared).
 *   <li>{@code dedup_memberships} and {@code dedup_clusters}: the previous assignment (cluster id =
 *       canonical doc id) and the canonical contest of each cluster (best and runner-up
 *       candidates).
 * </ul>
 *
 * <p>A new batch is shingled and sketched alone; its band keys are grouped together with the stored
 * band keys (a union of the two key tables, stored rows marked old), and only buckets holding at
 * least one new document yield candidate pairs (new-new and new-old). Pairs are verified as in a
 * full run, joining stored sets for the old side. Components are then computed over the verified
 * new edges plus one edge per old document to its stored cluster id, which keeps old clusters whole
 * and lets a new copy bridge two old clusters. Each touched cluster's canonical contest is merged
 * with the new members' candidates ({@code CanonicalPolicy.merge} is associative, so the stored
 * best and runner-up suffice); untouched clusters are copied through unchanged. The template guard
 * uses stored per-host sampled-shingle counts plus the batch's, so a template that only becomes
 * frequent with the new batch is removed from the new documents; old documents keep their stored
 * sets until the next full run.
 */
package org.winnow.jobs.dedup;
