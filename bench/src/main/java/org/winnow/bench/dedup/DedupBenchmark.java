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
 * the same shingles (word 4-grams) and end with every document's cluster on the driver; each run's
 * row shows wall-clock seconds, the process's CPU seconds over the same span, and pairwise
 * precision/recall/F1 and adjusted Rand index, and the summary the median and range of each
 * method's seconds over its runs and the ratios of the medians.
 *
 * <pre>{@code
 * scripts/bench-dedup 60000        # docs [seed] [both|winnow|mllib] [runs=N] [warmup=N] [setting=value ...]
 * scripts/bench-dedup 60000 42 winnow run.cache=memory
 * }</pre>
 *
 * <p>The methods take turns (A B, then B A, ...: neither always runs on the heap the other left),
 * {@code runs} times each (default 3; the machine's other work moves a single time by a quarter).
 * Both are warmed up alike first: {@code warmup} untimed runs each (default 1) on the timed corpus
 * itself, in the same turns, so that neither is timed while the JIT still compiles its code (a
 * small corpus leaves the hot loops of a 60k one half compiled: our first timed run took twice the
 * third). Each run starts after a full collection with only the input cached. Both run in one
 * local[2] session with the Spark settings of {@code conf/spark-defaults.conf}, as {@code
 * scripts/winnow run} runs the job (without them a shuffle's map task built a Kryo from scratch for
 * every reduce partition). Settings after the third argument apply to Winnow's stage only.
 */
public final class DedupBenchmark {
  private static final int MLLIB_FEATURES = 1 << 30;

  private DedupBenchmark() {}

  public static void main(String[] args) {
    int docs = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    String only = args.length > 2 ? args[2] : "both";
    if (!List.of("both", "winnow", "mllib").contains(only)) {
      throw new IllegalArgumentException("expected both, winnow or mllib: " + only);
    }
    int runs = 3;
    int warmups = 1;
    boolean stages = false;
    Map<String, String> overrides = new HashMap<>();
    Map<String, String> sparkOverrides = new java.util.TreeMap<>();
    for (int i = 3; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      if (eq < 0) throw new IllegalArgumentException("expected setting=value: " + args[i]);
      String key = args[i].substring(0, eq);
      String value = args[i].substring(eq + 1);
      if (key.equals("runs")) {
        runs = Integer.parseInt(value);
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1: " + value);
      } else if (key.equals("warmup")) {
        warmups = Integer.parseInt(value);
        if (warmups < 0)
          throw new IllegalArgumentException("warmup must not be negative: " + value);
      } else if (key.equals("stages")) {
        stages = Boolean.parseBoolean(value);
      } else {
        if (key.startsWith("spark.")) sparkOverrides.put(key, value);
        else overrides.put(key, value);
      }
    }
    Settings settings = Settings.of(overrides);
    SyntheticCopies.Corpus corpus = SyntheticCopies.generate(seed, docs);
    System.out.printf(
        Locale.ROOT,
        "corpus: %d documents, %d stories (seed %d)%n",
        corpus.docs().size(),
        corpus.truth().values().stream().distinct().count(),
        seed);
    // The Spark settings scripts/winnow runs the job with (Kryo with Winnow's registrator, the
    // serialized sort shuffle, ...): both methods share the session, so both get them
    SparkSession.Builder builder = SparkSession.builder();
    WinnowKryoRegistrator.SPARK_SETTINGS.forEach(builder::config);
    Map<String, String> jobConf = jobSparkConf(java.nio.file.Path.of(JOB_SPARK_CONF));
    jobConf.forEach(builder::config);
    sparkOverrides.forEach(builder::config);
    System.out.printf(
        Locale.ROOT,
        "spark settings, the same for both methods (one session): %s (%d of them; heap and JVM"
            + " options are this JVM's), local[2]%s%n",
        jobConf.isEmpty() ? "Kryo only, no " + JOB_SPARK_CONF : JOB_SPARK_CONF,
        jobConf.size(),
        sparkOverrides.isEmpty() ? "" : "; for both methods also " + sparkOverrides);
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
    // always listening: every run's task CPU is printed beside its process CPU
    StageCosts costs = new StageCosts();
    spark.sparkContext().addSparkListener(costs);
    JavaRDD<CopyFacts> input = input(jsc, corpus.docs());

    List<String> methods = new ArrayList<>();
    if (!only.equals("mllib")) methods.add(WINNOW);
    if (!only.equals("winnow")) methods.add(MLLIB);
    // Untimed warm-up, alike for both: JIT compilation and Spark SQL code generation.
    System.out.printf(
        Locale.ROOT,
        "warm-up: %d untimed run(s) of each method on this corpus before the timed runs%n",
        warmups);
    for (int run = 0; run < warmups; run++) {
      List<String> order = new ArrayList<>(methods);
      if (run % 2 == 1) java.util.Collections.reverse(order);
      for (String method : order) {
        releaseAllBut(spark, input);
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        if (method.equals(WINNOW)) winnow(settings, input);
        else mllib(spark, input);
        System.err.printf(
            Locale.ROOT,
            "warm-up %d, %s: %.1f s, %.1f CPU s%n",
            run + 1,
            method,
            (System.nanoTime() - t0) / 1e9,
            (cpuNanos() - c0) / 1e9);
      }
    }
    Map<String, List<double[]>> times = new HashMap<>();
    Map<String, ClusterMetrics> quality = new HashMap<>();
    System.out.printf(
        Locale.ROOT,
        "%n%-24s %4s %8s %9s %9s %10s %8s %8s %8s %8s%n",
        "method",
        "run",
        "docs",
        "seconds",
        "cpu s",
        "task cpu s",
        "P",
        "R",
        "F1",
        "ARI");
    for (int run = 0; run < runs; run++) {
      List<String> order = new ArrayList<>(methods);
      if (run % 2 == 1) java.util.Collections.reverse(order);
      for (String method : order) {
        releaseAllBut(spark, input);
        System.gc();
        costs.clear();
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        Map<String, String> predicted;
        if (method.equals(WINNOW)) {
          predicted = winnow(settings, input);
          if (run == 0) System.err.println("winnow counters: " + lastCounters);
        } else {
          predicted = mllib(spark, input);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (cpuNanos() - c0) / 1e9;
        // the listener hears of the last tasks after the job returned
        try {
          spark.sparkContext().listenerBus().waitUntilEmpty();
        } catch (java.util.concurrent.TimeoutException e) {
          throw new IllegalStateException("Spark's listener bus did not drain", e);
        }
        double taskSeconds = costs.taskCpuMillis() / 1e3;
        ClusterMetrics m = ClusterMetrics.of(corpus.truth(), predicted);
        if (stages) System.err.print(method + ", run " + (run + 1) + ":\n" + costs.table());
        ClusterMetrics before = quality.putIfAbsent(method, m);
        if (before != null && !before.equals(m)) {
          throw new IllegalStateException(method + " clustered differently in run " + (run + 1));
        }
        times
            .computeIfAbsent(method, k -> new ArrayList<>())
            .add(new double[] {seconds, cpuSeconds, taskSeconds});
        System.out.printf(
            Locale.ROOT,
            "%-24s %4d %8d %9.1f %9.1f %10.1f %8.4f %8.4f %8.4f %8.4f%n",
            method,
            run + 1,
            corpus.docs().size(),
            seconds,
            cpuSeconds,
            taskSeconds,
            m.precision(),
            m.recall(),
            m.f1(),
            m.adjustedRand());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%n%-24s %5s %24s %24s %24s %8s %8s%n",
        "method (median, range)",
        "runs",
        "seconds",
        "cpu s",
        "task cpu s",
        "P",
        "R");
    for (String method : methods) {
      List<double[]> t = times.get(method);
      System.out.printf(
          Locale.ROOT,
          "%-24s %5d %24s %24s %24s %8.4f %8.4f%n",
          method,
          t.size(),
          spread(t, 0),
          spread(t, 1),
          spread(t, 2),
          quality.get(method).precision(),
          quality.get(method).recall());
    }
    if (methods.size() == 2) {
      System.out.printf(
          Locale.ROOT,
          "speed-up (ratio of medians): %.2fx wall, %.2fx CPU, %.2fx task CPU%n",
          median(times.get(MLLIB), 0) / median(times.get(WINNOW), 0),
          median(times.get(MLLIB), 1) / median(times.get(WINNOW), 1),
          median(times.get(MLLIB), 2) / median(times.get(WINNOW), 2));
    }
    spark.stop();
  }

  /**
   * What each Spark stage of a run cost its tasks (with {@code stages=true}, printed to stderr
   * after every run): CPU and run time, collection pauses, shuffle bytes written and read.
   */
  private static final class StageCosts extends org.apache.spark.scheduler.SparkListener {
    private final Map<Integer, String> names = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, long[]> sums = new java.util.concurrent.ConcurrentHashMap<>();

    void clear() {
      names.clear();
      sums.clear();
    }

    /** The CPU milliseconds of every task since the last {@link #clear}. */
    long taskCpuMillis() {
      long total = 0;
      for (long[] t : sums.values()) {
        synchronized (t) {
          total += t[1];
        }
      }
      return total;
    }

    @Override
    public void onStageSubmitted(org.apache.spark.scheduler.SparkListenerStageSubmitted e) {
      names.put(e.stageInfo().stageId(), e.stageInfo().name());
    }

    @Override
    public void onTaskEnd(org.apache.spark.scheduler.SparkListenerTaskEnd e) {
      org.apache.spark.executor.TaskMetrics m = e.taskMetrics();
      if (m == null) return;
      long[] t = sums.computeIfAbsent(e.stageId(), k -> new long[7]);
      synchronized (t) {
        t[0]++;
        t[1] += m.executorCpuTime() / 1_000_000;
        t[2] += m.executorRunTime();
        t[3] += m.jvmGCTime();
        t[4] += m.shuffleWriteMetrics().bytesWritten();
        t[5] += m.shuffleReadMetrics().totalBytesRead();
        t[6] += m.executorDeserializeTime();
      }
    }

    String table() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "  %5s %5s %8s %8s %7s %9s %9s %7s  %s%n",
              "stage",
              "tasks",
              "cpu ms",
              "run ms",
              "gc ms",
              "write MB",
              "read MB",
              "deser",
              "name"));
      long[] total = new long[7];
      new java.util.TreeMap<>(sums)
          .forEach(
              (id, t) -> {
                for (int i = 0; i < t.length; i++) total[i] += t[i];
                out.append(line(String.valueOf(id), t, names.getOrDefault(id, "?")));
              });
      out.append(line("all", total, ""));
      return out.toString();
    }

    private static String line(String id, long[] t, String name) {
      return String.format(
          Locale.ROOT,
          "  %5s %5d %8d %8d %7d %9.1f %9.1f %7d  %s%n",
          id,
          t[0],
          t[1],
          t[2],
          t[3],
          t[4] / 1e6,
          t[5] / 1e6,
          t[6],
          name);
    }
  }

  /** The Spark settings of {@code scripts/winnow run}, relative to the project's root. */
  private static final String JOB_SPARK_CONF = "conf/spark-defaults.conf";

  /**
   * The settings of a Spark properties file but those a local benchmark sets itself: the driver's
   * memory (the JVM's heap) and the executors' JVM options (local mode has none); empty when the
   * file is missing.
   */
  static Map<String, String> jobSparkConf(java.nio.file.Path file) {
    Map<String, String> out = new java.util.TreeMap<>();
    if (!java.nio.file.Files.isRegularFile(file)) return out;
    java.util.Properties p = new java.util.Properties();
    try (java.io.Reader r = java.nio.file.Files.newBufferedReader(file)) {
      p.load(r);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (String key : p.stringPropertyNames()) {
      if (key.equals("spark.driver.memory") || key.startsWith("spark.executor.")) continue;
      out.put(key, p.getProperty(key).trim());
    }
    return out;
  }

  private static final String WINNOW = "winnow DedupStage";
  private static final String MLLIB = "MLlib MinHashLSH+join";

  /**
   * {@code docs} as a cached RDD of 8 partitions whose lineage no longer holds the documents: a
   * parallelized collection would otherwise travel, whole, with every stage that reads it (its
   * partitions carry their elements), a cost neither method has when reading files.
   */
  private static JavaRDD<CopyFacts> input(JavaSparkContext jsc, List<CopyFacts> docs) {
    JavaRDD<CopyFacts> rdd = jsc.parallelize(docs, 8).map(f -> f);
    rdd.rdd().localCheckpoint();
    rdd.count();
    return rdd;
  }

  /** Unpersists every cached RDD but {@code keep} (null: all), so each run starts alike. */
  private static void releaseAllBut(SparkSession spark, JavaRDD<?> keep) {
    spark.catalog().clearCache();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    for (Map.Entry<Integer, JavaRDD<?>> e : jsc.getPersistentRDDs().entrySet()) {
      if (keep == null || e.getKey() != keep.id()) e.getValue().unpersist(true);
    }
  }

  /** The median of column {@code col} of {@code runs}. */
  private static double median(List<double[]> runs, int col) {
    double[] v = runs.stream().mapToDouble(r -> r[col]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** "median (min-max)" of column {@code col} of {@code runs}. */
  private static String spread(List<double[]> runs, int col) {
    double min = runs.stream().mapToDouble(r -> r[col]).min().orElse(0);
    double max = runs.stream().mapToDouble(r -> r[col]).max().orElse(0);
    return String.format(Locale.ROOT, "%.1f (%.1f-%.1f)", median(runs, col), min, max);
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

  /** The counters of the last {@link #winnow} run, for the log. */
  private static Map<String, Long> lastCounters;

  /** Winnow's stage: every document's cluster (its story's canonical doc id). */
  private static Map<String, String> winnow(Settings settings, JavaRDD<CopyFacts> input) {
    DedupResult r = new DedupStage(settings).run(input);
    Map<String, String> predicted = new HashMap<>();
    for (DocMembership m : r.memberships().collect()) predicted.put(m.docId(), m.clusterId());
    lastCounters = r.counters().asMap();
    return predicted;
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
    // only the ids come back, as Winnow's side brings back memberships and no text
    for (String id : input.map(CopyFacts::docId).collect()) {
      predicted.put(id, labels.getOrDefault(id, id));
    }
    return predicted;
  }
}
