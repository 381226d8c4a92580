/**
 * Syndicated-copy detection on Spark: {@link org.winnow.jobs.dedup.DedupStage} turns {@code
 * CopyFacts} into story memberships and story rows; the pure logic it calls lives in {@code
 * org.winnow.dedup} (common) and is tested without Spark.
 *
 * <h2>Incremental runs</h2>
 *
 * <p>Every run writes, beside its datasets, what a later batch needs to be deduplicated against it
 * ({@link org.winnow.jobs.dedup.SketchStore}): {@code dedup_sketches} (per document: doc id, URL,
 * host, byline, published_at, content paragraph count, exact-content key, the post-template shingle
 * set as sorted 64-bit hashes, the passage band keys, and its current cluster id), {@code
 * dedup_templates} (the (host, shingle) keys found to be template) and {@code
 * dedup_sketches/_format.properties} (the settings that shape hashes and band keys, {@code
 * dedup.shingle_size}, {@code dedup.passage_shingles}, {@code dedup.num_perm}, {@code dedup.bands},
 * {@code dedup.rows}, and a probe hash that catches a changed seed; {@code SketchFormat}). A run
 * given {@code --previous} whose format differs stops with a message to run a full job.
 *
 * <p>{@link org.winnow.jobs.dedup.IncrementalDedup} then works as designed: the new batch is
 * shingled and signed alone; its template guard counts the batch's pages plus the stored sets of
 * the same hosts' earlier pages, and strips every stored template key too. Its band and exact keys
 * are grouped with the stored keys it shares, and only buckets holding a new document yield pairs
 * (new-new and new-old, {@code BatchPairs}); pairs are verified with the stored set on the old
 * side. Components are computed over new documents and earlier <em>stories</em> (an edge to an
 * earlier document is an edge to its story), so earlier stories stay whole. Each component's
 * canonical contest is rerun over the earlier members' stored candidates and the new ones (exact,
 * since the sketches carry every criterion). The story is named after the winner: a new copy the
 * policy prefers renames it, and {@code dedup_sketches} moves the earlier documents to the new
 * name. New members are checked against the canonical copy as in a full run (split off when they
 * fail); an earlier story joins only when its own canonical copy verifies against the component's,
 * so a new brief that two stories both contain does not merge them. New documents that fail get a
 * second chance among themselves (components of their own edges, contest, check). Untouched stories
 * are copied through.
 *
 * <p>Not redone: pairs between two earlier documents (the earlier run decided them, with the
 * templates it knew then) and the check of earlier members against a new canonical copy.
 */
package org.winnow.jobs.dedup;
