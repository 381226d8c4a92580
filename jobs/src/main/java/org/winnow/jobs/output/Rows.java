package org.winnow.jobs.output;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import org.winnow.classify.Label;
import org.winnow.classify.Verdict;
import org.winnow.dedup.DocMembership;
import org.winnow.dedup.StoryCluster;
import org.winnow.jobs.stages.ClassifiedPage;
import org.winnow.jobs.stages.FinalDoc;
import org.winnow.model.Block;
import org.winnow.model.Hosts;
import org.winnow.model.Page;
import org.winnow.model.Reject;
import scala.jdk.javaapi.CollectionConverters;

/** Turns results into rows of the {@link Schemas} datasets, column for column. */
public final class Rows {
  private Rows() {}

  /** The content paragraphs of a page joined by a blank line: the {@code text} column. */
  public static String contentText(ClassifiedPage c) {
    StringBuilder sb = new StringBuilder();
    for (Block b : c.textBlocks()) {
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(b.text());
    }
    return sb.toString();
  }

  /**
   * The {@code documents} row of a document, in Spark's internal form (what its Parquet writer
   * takes): strings as {@link UTF8String}, times as microseconds since the epoch.
   */
  public static InternalRow documentRow(FinalDoc d) {
    Page p = d.classified().page();
    DocMembership m = d.membership();
    int content = d.classified().textBlocks().size();
    return new GenericInternalRow(
        new Object[] {
          utf8(p.docId()),
          utf8(p.url()),
          utf8(Hosts.shownHostOf(p)),
          utf8(p.title()),
          micros(p.publishedAt()),
          utf8(p.language()),
          utf8(p.author()),
          utf8(contentText(d.classified())),
          p.blocks().size(),
          content,
          utf8(m.clusterId()),
          m.isCanonical(),
          utf8(m.canonicalDocId()),
          m.jaccardToCanonical(),
          m.containmentToCanonical(),
          utf8(p.source())
        });
  }

  /**
   * Hands the {@code paragraphs} rows of a document, in page order and in Spark's internal form, to
   * {@code out}; returns how many.
   */
  public static int paragraphRows(FinalDoc d, Consumer<InternalRow> out) {
    Page p = d.classified().page();
    List<Verdict> verdicts = d.classified().verdicts();
    int[] shared = d.membership().sharedPositions();
    BitSet sharedSet = new BitSet();
    if (shared != null) for (int s : shared) sharedSet.set(s);
    UTF8String docId = utf8(p.docId());
    for (int i = 0; i < verdicts.size(); i++) {
      Block b = p.blocks().get(i);
      Verdict v = verdicts.get(i);
      Boolean sharedWithCanonical = v.label() == Label.CONTENT ? sharedSet.get(i) : null;
      out.accept(
          new GenericInternalRow(
              new Object[] {
                docId,
                i,
                utf8(b.text()),
                utf8(v.label().value()),
                v.score(),
                utf8(v.kind()),
                utf8(v.reason()),
                utf8(b.tag()),
                sharedWithCanonical
              }));
    }
    return verdicts.size();
  }

  /** The {@code clusters} row of a story. */
  public static Row cluster(StoryCluster s) {
    return RowFactory.create(
        s.clusterId(),
        s.canonicalDocId(),
        s.canonicalReason(),
        s.size(),
        CollectionConverters.asScala(s.hosts()).toSeq(),
        CollectionConverters.asScala(s.urls()).toSeq(),
        timestamp(s.firstPublishedAt()),
        timestamp(s.lastPublishedAt()));
  }

  /** The {@code rejects} row of a reject. */
  public static Row reject(Reject r) {
    return RowFactory.create(r.source(), r.reason(), r.detail());
  }

  private static UTF8String utf8(String s) {
    return s == null ? null : UTF8String.fromString(s);
  }

  /** What Spark stores for a timestamp: microseconds since the epoch. */
  private static Long micros(Instant i) {
    return i == null
        ? null
        : Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000);
  }

  private static Timestamp timestamp(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
