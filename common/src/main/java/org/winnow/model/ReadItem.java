package org.winnow.model;

/**
 * What a reader yields for each thing it meets in an input: a record to parse, a reject with its
 * reason, or a skip (a record that is not an article, such as a WARC request or an image), counted
 * in the run report.
 */
public sealed interface ReadItem permits SourceRecord, Reject, Skipped {
  /** Where the item sits: the input file's URI and the record's position in it. */
  String source();
}
