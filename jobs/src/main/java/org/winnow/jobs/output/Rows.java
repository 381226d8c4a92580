package org.winnow.jobs.output;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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

  /** The {@code documents} row of a document. */
  public static Row document(FinalDoc d) {
    Page p = d.classified().page();
    DocMembership m = d.membership();
    int content = d.classified().textBlocks().size();
    return RowFactory.create(
        p.docId(),
        p.url(),
        Hosts.shownHostOf(p),
        p.title(),
        timestamp(p.publishedAt()),
        p.language(),
        p.author(),
        contentText(d.classified()),
        p.blocks().size(),
        content,
        m.clusterId(),
        m.isCanonical(),
        m.canonicalDocId(),
        m.jaccardToCanonical(),
        m.containmentToCanonical(),
        p.source());
  }

  /** The {@code paragraphs} rows of a document, in page order. */
  public static List<Row> paragraphs(FinalDoc d) {
    Page p = d.classified().page();
    List<Verdict> verdicts = d.classified().verdicts();
    int[] shared = d.membership().sharedPositions();
    java.util.BitSet sharedSet = new java.util.BitSet();
    if (shared != null) for (int s : shared) sharedSet.set(s);
    List<Row> rows = new ArrayList<>(verdicts.size());
    for (int i = 0; i < verdicts.size(); i++) {
      Block b = p.blocks().get(i);
      Verdict v = verdicts.get(i);
      Boolean sharedWithCanonical = v.label() == Label.CONTENT ? sharedSet.get(i) : null;
      rows.add(
          RowFactory.create(
              p.docId(),
              i,
              b.text(),
              v.label().value(),
              v.score(),
              v.kind(),
              v.reason(),
              b.tag(),
              sharedWithCanonical));
    }
    return rows;
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

  private static Timestamp timestamp(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
