package org.winnow.bench.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.winnow.dedup.ClusterMetrics;
import org.winnow.dedup.CopyFacts;
import org.winnow.dedup.DocMembership;
import org.winnow.dedup.Shingler;
import org.winnow.dedup.SyntheticCopies;
import org.winnow.jobs.dedup.ConnectedComponents;
import org.winnow.jobs.dedup.DedupResult;
import org.winnow.jobs.dedup.DedupStage;
import org.winnow.jobs.serde.WinnowKryoRegistrator;
import org.winnow.settings.Settings;
import scala.Tuple2;

/**
 * Winnow's {@link DedupStage} against the usual Spark baseline on one synthetic corpus: MLlib
 * {@code MinHashLSH} (5 hash tables) with {@code approxSimilarityJoin} at Jaccard distance 0.7,
 * then connected components of the joined pairs. Both start from the same {@code CopyFacts} RDD and
 * the same shingles (word 4-grams) and end with every document's cluster on the driver; the table
 * shows wall-clock seconds, the process's CPU seconds over the same span, and pairwise
 * precision/recall/F1 and adjusted Rand index.
 *
 * <pre>{@code
 * scripts/bench-dedup 60000        # docs [seed] [both|winnow|mllib] [setting=value ...]
 * scripts/bench-dedup 60000 42 winnow run.cache=memory
 * }</pre>
 *
 * <p>Settings after the third argument apply to Winnow's stage only.
 */
public final class DedupBenchmark {
  private static final int MLLIB_FEATURES = 1 << 30;

  private DedupBenchmark() {}

  public static void main(String[] args) {
    int docs = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    String only = args.length > 2 ? args[2] : "both";
    Map<String, String> overrides = new HashMap<>();
    for (int i = 3; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      if (eq < 0) throw new IllegalArgumentException("expected setting=value: " + args[i]);
      overrides.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    Settings settings = Settings.of(overrides);
    SyntheticCopies.Corpus corpus = SyntheticCopies.generate(seed, docs);
    System.out.printf(
        Locale.ROOT,
        "corpus: %d documents, %d stories (seed %d)%n",
        corpus.docs().size(),
        corpus.truth().values().stream().distinct().count(),
        seed);
    // Kryo with Winnow's registrator, as conf/spark-defaults.conf runs the job (both methods share
    // the session, so both get it)
    SparkSession.Builder builder = SparkSession.builder();
    WinnowKryoRegistrator.SPARK_SETTINGS.forEach(builder::config);
    SparkSession spark =
        builder
            .master("local[2]")
            .appName("dedup-benchmark")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.default.parallelism", "8")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // Untimed warm-up of both methods on a small corpus: JIT and Spark SQL code generation.
    JavaRDD<CopyFacts> warm = jsc.parallelize(SyntheticCopies.generate(seed + 1, 500).docs(), 8);
    if (!only.equals("mllib")) new DedupStage(settings).run(warm).memberships().count();
    if (!only.equals("winnow")) mllib(spark, warm);
    JavaRDD<CopyFacts> input = jsc.parallelize(corpus.docs(), 8).cache();
    input.count();

    List<String> rows = new ArrayList<>();
    double winnowSeconds = 0;
    double mllibSeconds = 0;
    if (!only.equals("mllib")) {
      long t0 = System.nanoTime();
      long c0 = cpuNanos();
      DedupResult r = new DedupStage(settings).run(input);
      Map<String, String> predicted = new HashMap<>();
      for (DocMembership m : r.memberships().collect()) predicted.put(m.docId(), m.clusterId());
      winnowSeconds = (System.nanoTime() - t0) / 1e9;
      rows.add(
          row(
              "winnow DedupStage",
              winnowSeconds,
              (cpuNanos() - c0) / 1e9,
              ClusterMetrics.of(corpus.truth(), predicted)));
      System.out.println("winnow counters: " + r.counters().asMap());
    }
    if (!only.equals("winnow")) {
      long t0 = System.nanoTime();
      long c0 = cpuNanos();
      Map<String, String> predicted = mllib(spark, input);
      mllibSeconds = (System.nanoTime() - t0) / 1e9;
      rows.add(
          row(
              "MLlib MinHashLSH+join",
              mllibSeconds,
              (cpuNanos() - c0) / 1e9,
              ClusterMetrics.of(corpus.truth(), predicted)));
    }
    System.out.printf(
        Locale.ROOT,
        "%n%-24s %8s %9s %9s %8s %8s %8s %8s%n",
        "method",
        "docs",
        "seconds",
        "cpu s",
        "P",
        "R",
        "F1",
        "ARI");
    for (String row : rows) {
      System.out.printf(Locale.ROOT, row, corpus.docs().size());
    }
    if (winnowSeconds > 0 && mllibSeconds > 0) {
      System.out.printf(Locale.ROOT, "speed-up: %.1fx%n", mllibSeconds / winnowSeconds);
    }
    spark.stop();
  }

  private static String row(String name, double seconds, double cpuSeconds, ClusterMetrics m) {
    return String.format(
        Locale.ROOT,
        "%-24s %%8d %9.1f %9.1f %8.4f %8.4f %8.4f %8.4f%%n",
        name,
        seconds,
        cpuSeconds,
        m.precision(),
        m.recall(),
        m.f1(),
        m.adjustedRand());
  }

  /**
   * CPU time of the whole process (every thread, the JIT and the collector included): on a machine
   * shared with other work it says what a method cost when wall-clock seconds say how long it
   * waited for the cores.
   */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The MLlib baseline: every document's cluster (the smallest doc id of its component). */
  private static Map<String, String> mllib(SparkSession spark, JavaRDD<CopyFacts> input) {
    Shingler shingler = new Shingler(Settings.defaults());
    JavaRDD<Row> rows =
        input
            .map(
                f -> {
                  long[] set = shingler.shingle(f.paragraphs()).set();
                  int[] idx = new int[set.length];
                  for (int i = 0; i < set.length; i++) {
                    idx[i] = (int) Long.remainderUnsigned(set[i], MLLIB_FEATURES);
                  }
                  java.util.Arrays.sort(idx);
                  int n = 0;
                  for (int i = 0; i < idx.length; i++)
                    if (n == 0 || idx[n - 1] != idx[i]) idx[n++] = idx[i];
                  idx = java.util.Arrays.copyOf(idx, n);
                  double[] ones = new double[n];
                  java.util.Arrays.fill(ones, 1.0);
                  return RowFactory.create(f.docId(), Vectors.sparse(MLLIB_FEATURES, idx, ones));
                })
            .filter(r -> ((org.apache.spark.ml.linalg.SparseVector) r.get(1)).numNonzeros() > 0);
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType, false)
            .add("features", SQLDataTypes.VectorType(), false);
    Dataset<Row> df = spark.createDataFrame(rows, schema).cache();
    MinHashLSHModel model =
        new MinHashLSH()
            .setNumHashTables(5)
            .setInputCol("features")
            .setOutputCol("hashes")
            .setSeed(7)
            .fit(df);
    Dataset<Row> hashed = model.transform(df).cache();
    JavaPairRDD<String, String> edges =
        model
            .approxSimilarityJoin(hashed, hashed, 0.7, "distance")
            .selectExpr("datasetA.id AS a", "datasetB.id AS b")
            .where("a < b")
            .javaRDD()
            .mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(1)));
    Map<String, String> labels = new HashMap<>();
    for (Tuple2<String, String> t :
        ConnectedComponents.of(edges, new HashPartitioner(8), 200).labels().collect()) {
      labels.put(t._1(), t._2());
    }
    Map<String, String> predicted = new HashMap<>();
    for (CopyFacts f : input.collect()) {
      predicted.put(f.docId(), labels.getOrDefault(f.docId(), f.docId()));
    }
    return predicted;
  }
}
