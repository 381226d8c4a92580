/**
 * Input readers: every supported input file opened as a lazy stream of {@link
 * org.winnow.model.ReadItem}s, one record in memory at a time.
 *
 * <p>{@link org.winnow.read.RecordReaders} is the facade the jobs call; {@link
 * org.winnow.read.InputFormats} names a file's format for run reports; {@link
 * org.winnow.read.Split} cuts a big per-record {@code .warc.gz} or JSON lines file into byte ranges
 * that tasks read in parallel with the same record sources. Behind them, each class has one
 * concern:
 *
 * <ul>
 *   <li>{@code Compression}, {@code GzipMemberInputStream}: gzip (any member layout), bzip2, zstd
 *       by magic number; gzip member starts give WARC records their CDX offsets; verified member
 *       headers let a reader enter a per-record archive anywhere and step over corrupt data.
 *   <li>{@code WarcRecordStream}, {@code ArchiveRecords}: WARC 0.17-1.1 and ARC through jwarc, with
 *       re-synchronisation after a broken record header ({@code ReplayInputStream}).
 *   <li>{@code HttpHead}, {@code PayloadDecoder}: lenient HTTP heads and payload decoding that
 *       trusts bytes over headers.
 *   <li>{@code JsonArticleStream}, {@code LineInput}, {@code ArticleFields}, {@code
 *       PublishedDates}: JSON lines and arrays of articles.
 *   <li>{@code SingleItemStream}, {@code TextBodies}: single HTML or text files.
 *   <li>{@code BundledFilesStream}, {@code TarEntries}, {@code ZipEntries}: tar and zip archives,
 *       each file inside read as an input of its own.
 * </ul>
 *
 * <pre>{@code
 * a.warc.gz  -> Skipped(#0, warc_type:warcinfo), SourceRecord(#480, HTML), Skipped(#2201, ...)
 * a.jsonl    -> SourceRecord(#line:1, TEXT), Reject(#line:2, bad_json), ...
 * page.html  -> SourceRecord(page.html, HTML)
 * pages.tgz  -> SourceRecord(pages.tgz!/site/a.html, HTML), SourceRecord(pages.tgz!/b.jsonl#line:1, TEXT)
 * }</pre>
 */
package org.winnow.read;
