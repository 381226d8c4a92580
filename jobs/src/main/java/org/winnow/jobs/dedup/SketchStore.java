package org.winnow.jobs.dedup;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.UnsafeArrayData;
import org.apache.spark.unsafe.types.UTF8String;
import org.winnow.dedup.CopyEvidence;
import org.winnow.dedup.DedupSettings;
import org.winnow.dedup.DocSketch;
import org.winnow.dedup.Headline;
import org.winnow.dedup.SketchFormat;
import org.winnow.dedup.StoryCluster;
import org.winnow.jobs.output.Schemas;
import org.winnow.settings.Settings;

/**
 * Where a run keeps what a later run needs to deduplicate a new batch against it: the {@code
 * dedup_sketches} and {@code dedup_templates} datasets, and {@code
 * dedup_sketches/_format.properties} with the settings that make sketches comparable ({@link
 * SketchFormat}).
 *
 * <pre>{@code
 * PriorRun day1 = SketchStore.open(spark, "out/day1", settings); // checked, nothing read yet
 * day1.sketches(); // the dedup_sketches dataset, read lazily
 * }</pre>
 */
public final class SketchStore {
  private SketchStore() {}

  /** The file inside {@code dedup_sketches} that says how its sketches were made. */
  public static final String FORMAT_FILE = Schemas.DEDUP_SKETCHES + "/_format.properties";

  /** An earlier output that a run can be deduplicated against, with its datasets. */
  public record PriorRun(
      String path, Dataset<Row> sketches, Dataset<Row> clusters, long[] templates) {}

  /** Raised when an earlier output cannot serve as {@code --previous}; the message says why. */
  public static final class UnusablePreviousException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnusablePreviousException(String message) {
      super(message);
    }
  }

  /**
   * Opens the earlier output at {@code path} for a run under {@code settings}.
   *
   * @throws UnusablePreviousException when it is not a complete output with sketches
   * @throws SketchFormat.IncompatibleSketchesException when its sketches were made differently
   */
  public static PriorRun open(SparkSession spark, String path, Settings settings)
      throws IOException {
    if (!settings.get(DedupSettings.ENABLED)) {
      throw new UnusablePreviousException("--previous needs dedup.enabled=true");
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path root = new Path(path);
    FileSystem fs = root.getFileSystem(conf);
    if (!fs.exists(new Path(root, "_SUCCESS"))) {
      throw new UnusablePreviousException(
          "--previous " + path + " is not a complete Winnow output (no _SUCCESS)");
    }
    Path format = new Path(root, FORMAT_FILE);
    if (!fs.exists(format)) {
      throw new UnusablePreviousException(
          "--previous "
              + path
              + " has no dedup sketches (written with dedup.enabled=false or by an older"
              + " version); run a full job over all the batches instead");
    }
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(fs.open(format), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> stored = new TreeMap<>();
    for (String k : p.stringPropertyNames()) stored.put(k, p.getProperty(k));
    SketchFormat.check(stored, settings, path);
    String base = fs.makeQualified(root).toString();
    long[] templates =
        spark.read().parquet(base + "/" + Schemas.DEDUP_TEMPLATES).collectAsList().stream()
            .mapToLong(r -> r.getLong(0))
            .sorted()
            .toArray();
    Dataset<Row> sketches = spark.read().parquet(base + "/" + Schemas.DEDUP_SKETCHES);
    List<String> have = List.of(sketches.columns());
    for (String c : Schemas.DEDUP_SKETCHES_SCHEMA.fieldNames()) {
      if (!have.contains(c)) {
        throw new UnusablePreviousException(
            "--previous "
                + path
                + " has dedup sketches without "
                + c
                + " (written by an older version); run a full job over all the batches instead");
      }
    }
    return new PriorRun(
        base, sketches, spark.read().parquet(base + "/" + Schemas.CLUSTERS), templates);
  }

  /** The text of {@link #FORMAT_FILE} for sketches made under {@code settings}. */
  public static String formatText(Settings settings) {
    StringBuilder sb = new StringBuilder("# How the sketches beside this file were made\n");
    for (Map.Entry<String, String> e : SketchFormat.of(settings).entrySet()) {
      sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
    }
    return sb.toString();
  }

  /** The sketch of a document after the template guard, in story {@code clusterId}. */
  static DocSketch sketch(DedupStage.Doc d, String clusterId) {
    return new DocSketch(
        d.facts.docId(),
        d.facts.url(),
        d.facts.host(),
        d.facts.byline(),
        d.facts.publishedAt(),
        d.facts.paragraphs().size(),
        d.eligible ? d.exactKey : 0L,
        d.evidence(),
        d.bandKeys,
        d.facts.pageKeys(),
        clusterId);
  }

  /** The columns {@link #evidence(Row)} reads, in its order. */
  static final String[] EVIDENCE_COLUMNS = {
    "host",
    "published_at",
    "shingles",
    "open_shingles",
    "lead",
    "open_lead",
    "open_order",
    "open_figures",
    "headline_key",
    "headline_unlabelled_key",
    "headline_phrases",
    "dateline_key"
  };

  /** What verification compares of a stored document, from its {@link #EVIDENCE_COLUMNS}. */
  static CopyEvidence evidence(Row r, int from) {
    return new CopyEvidence(
        r.getString(from),
        instant(r, from + 1),
        longs(r.getList(from + 2)),
        longs(r.getList(from + 3)),
        longs(r.getList(from + 4)),
        longs(r.getList(from + 5)),
        ints(r.getList(from + 6)),
        longs(r.getList(from + 7)),
        new Headline.Keys(r.getLong(from + 8), r.getLong(from + 9)),
        longs(r.getList(from + 10)),
        r.getLong(from + 11));
  }

  /**
   * Sketches as a {@code dedup_sketches} frame, built from rows in Spark's internal form: a sketch
   * is a dozen arrays of hundreds of longs, which external rows would box value by value and Spark
   * convert back (on 13,896 real pages, the conversion was a fifth of the sketches' write).
   */
  public static Dataset<Row> frame(SparkSession spark, JavaRDD<DocSketch> sketches) {
    return ((org.apache.spark.sql.classic.SparkSession) spark)
        .internalCreateDataFrame(
            sketches.map(SketchStore::internalRow).rdd(), Schemas.DEDUP_SKETCHES_SCHEMA, false);
  }

  /** Template keys as a {@code dedup_templates} frame. */
  public static Dataset<Row> templateFrame(SparkSession spark, long[] keys) {
    List<Row> rows = new java.util.ArrayList<>(keys.length);
    for (long k : keys) rows.add(RowFactory.create(k));
    return spark.createDataFrame(rows, Schemas.DEDUP_TEMPLATES_SCHEMA);
  }

  /** The {@code dedup_sketches} row of a sketch, in Spark's internal form. */
  static InternalRow internalRow(DocSketch s) {
    CopyEvidence e = s.evidence();
    return new GenericInternalRow(
        new Object[] {
          utf8(s.docId()),
          utf8(s.url()),
          utf8(s.host()),
          utf8(s.byline()),
          s.publishedAt() == null ? null : micros(s.publishedAt()),
          s.paragraphs(),
          s.exactKey(),
          UnsafeArrayData.fromPrimitiveArray(e.strict()),
          UnsafeArrayData.fromPrimitiveArray(e.open()),
          UnsafeArrayData.fromPrimitiveArray(e.strictLead()),
          UnsafeArrayData.fromPrimitiveArray(e.openLead()),
          UnsafeArrayData.fromPrimitiveArray(e.openOrder()),
          UnsafeArrayData.fromPrimitiveArray(e.openFigures()),
          e.headline().full(),
          e.headline().unlabelled(),
          UnsafeArrayData.fromPrimitiveArray(e.headlinePhrases()),
          e.dateline(),
          UnsafeArrayData.fromPrimitiveArray(s.bandKeys()),
          UnsafeArrayData.fromPrimitiveArray(s.pageKeys()),
          utf8(s.clusterId())
        });
  }

  private static UTF8String utf8(String s) {
    return s == null ? null : UTF8String.fromString(s);
  }

  /** What Spark stores for a timestamp: microseconds since the epoch. */
  private static long micros(Instant i) {
    return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000);
  }

  /** A sorted hash array from a Parquet array column. */
  static long[] longs(List<Long> values) {
    long[] out = new long[values.size()];
    for (int i = 0; i < out.length; i++) out[i] = values.get(i);
    return out;
  }

  /** An index array from a Parquet array column. */
  static int[] ints(List<Integer> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) out[i] = values.get(i);
    return out;
  }

  /** The instant in column {@code i}, or null. */
  static Instant instant(Row r, int i) {
    return r.isNullAt(i) ? null : r.getTimestamp(i).toInstant();
  }

  /** A {@code clusters} row read back as a story. */
  static StoryCluster cluster(Row r) {
    return new StoryCluster(
        r.getString(0),
        r.getString(1),
        r.getString(2),
        r.getInt(3),
        r.getList(4),
        r.getList(5),
        instant(r, 6),
        instant(r, 7));
  }
}
