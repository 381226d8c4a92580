package org.winnow.jobs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.winnow.classify.Label;
import org.winnow.dedup.DedupSettings;
import org.winnow.dedup.SketchFormat;
import org.winnow.jobs.dedup.SketchStore;
import org.winnow.jobs.input.HadoopConf;
import org.winnow.jobs.input.InputFile;
import org.winnow.jobs.input.InputFiles;
import org.winnow.jobs.input.InputSplit;
import org.winnow.jobs.output.ArticleDatasets;
import org.winnow.jobs.output.OutputCommitter;
import org.winnow.jobs.output.Rows;
import org.winnow.jobs.output.RunReport;
import org.winnow.jobs.output.Schemas;
import org.winnow.jobs.output.StageClock;
import org.winnow.jobs.stages.AssembleStage;
import org.winnow.jobs.stages.ClassifiedPage;
import org.winnow.jobs.stages.ClassifyStage;
import org.winnow.jobs.stages.ExtractStage;
import org.winnow.jobs.stages.Extracted;
import org.winnow.jobs.stages.FinalDoc;
import org.winnow.jobs.stages.Lineage;
import org.winnow.jobs.stages.PartitionTally;
import org.winnow.jobs.stages.ReadTally;
import org.winnow.jobs.stages.StoryResult;
import org.winnow.jobs.stages.StoryStage;
import org.winnow.model.Page;
import org.winnow.settings.RunSettings;
import org.winnow.settings.Settings;
import scala.Tuple2;

/**
 * The main job: reads archives of scraped news, classifies every paragraph, groups syndicated
 * copies into stories and writes the {@code documents}, {@code paragraphs}, {@code clusters} and
 * {@code rejects} datasets, committed atomically with a {@code _report.json}, and beside them the
 * {@code dedup_sketches} and {@code dedup_templates} that let a later run deduplicate a new batch
 * against this one ({@code --previous}).
 *
 * <p>{@link #main} parses arguments and builds the session; {@link #run} does the work and is what
 * tests call.
 */
public final class WinnowJob {
  private WinnowJob() {}

  /** Exit code for a command line or settings that cannot be run. */
  public static final int USAGE_ERROR = 2;

  public static void main(String[] args) {
    JobArguments arguments;
    Settings settings;
    try {
      arguments = JobArguments.parse(args);
      if (arguments.help()) {
        System.out.println(JobArguments.USAGE);
        return;
      }
      if (arguments.inputs().isEmpty()) throw new JobArguments.UsageException("no --input given");
      if (arguments.output() == null) throw new JobArguments.UsageException("no --output given");
      settings = settings(arguments);
    } catch (JobArguments.UsageException | IllegalArgumentException | IOException e) {
      System.err.println("winnow: " + e.getMessage());
      System.exit(USAGE_ERROR);
      return;
    }
    SparkSession session = SparkSession.builder().appName("winnow").getOrCreate();
    int code = 0;
    try {
      RunReport report =
          run(
              session,
              arguments.inputs(),
              arguments.previous(),
              arguments.output(),
              settings,
              arguments.overwrite());
      System.out.println(summary(report));
    } catch (InputFiles.MissingInputException
        | OutputCommitter.OutputExistsException
        | SketchStore.UnusablePreviousException
        | SketchFormat.IncompatibleSketchesException e) {
      System.err.println("winnow: " + e.getMessage());
      code = USAGE_ERROR;
    } catch (IOException e) {
      System.err.println("winnow: " + e);
      code = 1;
    } finally {
      session.stop();
    }
    if (code != 0) System.exit(code);
  }

  /** The settings file (if any) with the {@code --set} overrides over it, validated. */
  static Settings settings(JobArguments arguments) throws IOException {
    Settings s = Settings.defaults();
    if (arguments.configFile() != null) {
      try (Reader r =
          Files.newBufferedReader(Paths.get(arguments.configFile()), StandardCharsets.UTF_8)) {
        s = Settings.load(r);
      }
    }
    return s.with(arguments.overrides());
  }

  /**
   * Runs the whole pipeline and commits the output.
   *
   * @return the report also written as {@code _report.json}
   */
  public static RunReport run(
      SparkSession session,
      List<String> inputs,
      String output,
      Settings settings,
      boolean overwrite)
      throws IOException {
    return run(session, inputs, null, output, settings, overwrite);
  }

  /**
   * Runs the whole pipeline on a new batch, deduplicated against the earlier output {@code
   * previous} (null: a full run), and commits the output.
   *
   * @return the report also written as {@code _report.json}
   */
  public static RunReport run(
      SparkSession session,
      List<String> inputs,
      String previous,
      String output,
      Settings settings,
      boolean overwrite)
      throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(session.sparkContext());
    RunReport report = new RunReport();
    String runId =
        Instant.now().toString().replaceAll("[^0-9]", "").substring(0, 14)
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    report.put("run_id", runId).put("started_at", Instant.now().toString());
    report.put("inputs", inputs).put("spark_version", session.version());
    report.put("master", jsc.master());

    StageClock whole = StageClock.start();
    List<InputFile> files = InputFiles.list(jsc.hadoopConfiguration(), inputs);
    OutputCommitter committer =
        new OutputCommitter(jsc.hadoopConfiguration(), output, runId, overwrite);
    report.put("output", "path", committer.output().toString());
    report.put("input", "files", files.size());
    long inputBytes = files.stream().mapToLong(InputFile::bytes).sum();
    report.put("input", "bytes", inputBytes);
    int partitions = settings.get(RunSettings.PARTITIONS);
    // a count the user set is kept as given; a count of our own is balanced over the cores
    int cores = partitions == 0 ? jsc.defaultParallelism() : 1;
    if (partitions == 0) {
      partitions =
          InputFiles.partitions(
              inputBytes, settings.get(RunSettings.PARTITION_BYTES), 2 * jsc.defaultParallelism());
    }
    report.put("input", "partitions", partitions);
    List<List<InputSplit>> tasks =
        InputFiles.plan(
            jsc.hadoopConfiguration(),
            files,
            settings.get(RunSettings.TASK_BYTES),
            settings.get(RunSettings.MAX_FILES_PER_TASK),
            partitions,
            cores);
    report.put("input", "read_tasks", tasks.size());
    report.time("list_inputs", whole);

    boolean checkpoint = RunSettings.localCheckpoint(settings, jsc.master());
    String allMarkedBefore = checkpoint ? Lineage.checkpointAllMarked(jsc) : null;
    try {
      SketchStore.PriorRun prior = null;
      if (previous != null) {
        prior = SketchStore.open(session, previous, settings);
        if (prior.path().equals(committer.output().toString())) {
          throw new SketchStore.UnusablePreviousException(
              "--previous and --output are the same folder; write the new run elsewhere");
        }
        report.put("input", "previous", prior.path());
      }
      Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(jsc.hadoopConfiguration()));
      StorageLevel level = storageLevel(settings);

      StageClock t = StageClock.start();
      JavaRDD<Extracted> extracted =
          new ExtractStage(settings).run(jsc, conf, tasks, partitions).persist(level);
      // the pass that fills the cache also counts the items, lists the documents and takes what
      // classification counts of each page, so that classification reads the parsed pages once
      JavaRDD<ReadTally> readTallies =
          extracted
              .mapPartitions(it -> List.of(ReadTally.of(it)).iterator(), true)
              .persist(StorageLevel.MEMORY_AND_DISK());
      // where each document lives, kept past classification for the memberships to find their
      // pages; made in the same job as the counts, while the read tallies are cached
      JavaRDD<PartitionTally> tallies =
          readTallies
              .mapPartitionsWithIndex(
                  (idx, it) -> List.of(PartitionTally.of(idx, it.next())).iterator(), true)
              .persist(StorageLevel.MEMORY_AND_DISK());
      Map<String, Long> itemCounts =
          tallies.map(PartitionTally::itemCounts).fold(Map.of(), PartitionTally::sum);
      long pagesRead = recordReadCounts(report, itemCounts);
      int outputFiles = settings.get(RunSettings.OUTPUT_FILES);
      String staging = committer.staging().toString();
      // rejects now, so that the extracted pages can leave the cache as soon as they are classified
      // (on a large input they are a third of the local disk the run needs); without rejects, no
      // pass over every cached page to look for them
      long rejectCount = (Long) report.get("read", "rejects");
      write(
          session,
          rejectCount == 0
              ? jsc.emptyRDD()
              : extracted.filter(Extracted::isReject).map(e -> Rows.reject(e.reject())),
          Schemas.REJECTS_SCHEMA,
          staging,
          Schemas.REJECTS,
          outputFiles);
      report.time("read_parse", t);

      t = StageClock.start();
      JavaRDD<Page> pages = extracted.filter(Extracted::isPage).map(Extracted::page);
      // checkpointed: the read and classification shuffles behind it go once it is computed
      JavaRDD<ClassifiedPage> classified =
          Lineage.keep(
              new ClassifyStage(settings)
                  .run(pages, readTallies.flatMap(r -> r.pageKeys().iterator())),
              level,
              checkpoint);
      // Fills the cache without reading it back: Spark hands the pass that stores a block an
      // iterator over the stored copy, which this pass leaves unread, where a pass that consumed it
      // would deserialize every classified page once more. The label counts are taken where the
      // pages are read anyway, by the pass that writes the paragraphs.
      classified.foreachPartition(it -> {});
      report.time("classify", t);
      readTallies.unpersist();
      extracted.unpersist(false);
      // let go of them here too: the driver collecting them is what deletes what they hold on disk
      readTallies = null;
      extracted = null;
      pages = null;

      t = StageClock.start();
      StoryStage storyStage = new StoryStage(settings);
      StoryResult stories =
          prior == null ? storyStage.run(classified) : storyStage.run(classified, prior);
      // not cached: the one pass that writes documents and paragraphs zips the cached pages with
      // their memberships, which costs less than caching every page a second time
      JavaRDD<FinalDoc> finals = AssembleStage.attach(classified, tallies, stories.memberships());
      report.time("dedup", t);
      report.put("dedup", "counters", RunReport.sorted(stories.counters()));

      t = StageClock.start();
      // documents and paragraphs in one pass: the cached pages are read once for both
      ArticleDatasets.Written written =
          new ArticleDatasets(session, staging, PLAIN_COLUMNS)
              .write(outputFiles > 0 ? finals.coalesce(outputFiles) : finals);
      Map<String, Long> labelCounts = written.labelCounts();
      recordLabelCounts(report, labelCounts);
      JavaRDD<Row> clusterRows = stories.stories().map(Rows::cluster);
      write(session, clusterRows, Schemas.CLUSTERS_SCHEMA, staging, Schemas.CLUSTERS, outputFiles);
      writeSketches(session, stories, settings, committer, outputFiles);
      report.time("write", t);

      Map<String, Long> clusterSizes =
          stories
              .stories()
              .mapToPair(s -> new Tuple2<>(sizeBucket(s.size()), 1L))
              .reduceByKey(Long::sum)
              .collectAsMap();
      report.put("output", "documents", pagesRead); // one document per page
      report.put("output", "paragraphs", sum(labelCounts));
      report.put("output", "clusters", sum(clusterSizes));
      report.put("output", "rejects", report.get("read", "rejects"));
      report.put("dedup", "clusters_by_size", RunReport.sorted(clusterSizes));
      report.put("finished_at", Instant.now().toString());
      report.time("total", whole);
      report.put("jvm", "gc_ms", StageClock.gcMillis());
      report.put("settings", settings.effective());

      committer.writeText("_schema.json", Schemas.json());
      committer.writeText("_settings.properties", properties(settings));
      committer.writeText("_report.json", report.json());
      committer.commit();
      classified.unpersist();
      tallies.unpersist();
      return report;
    } catch (IOException | RuntimeException | Error e) {
      committer.abort();
      throw e;
    } finally {
      if (checkpoint) Lineage.restore(jsc, allMarkedBefore);
    }
  }

  /**
   * The columns of each dataset whose values are nearly all distinct (ids, URLs, texts), or too
   * many to fit a dictionary page (a paragraph's reason names class tokens and counts), written
   * without a dictionary. Parquet starts a dictionary for every column and gives it up only once it
   * outgrows its page, so for these it only costs time, while zstd finds what repeats in them all
   * the same: on the paragraphs of 4,632 real pages, 22% less CPU to write them at the same size.
   */
  static final Map<String, List<String>> PLAIN_COLUMNS =
      Map.of(
          Schemas.DOCUMENTS, List.of("doc_id", "url", "title", "text", "source"),
          Schemas.PARAGRAPHS, List.of("doc_id", "text", "reason"));

  private static void write(
      SparkSession session,
      JavaRDD<Row> rows,
      StructType schema,
      String staging,
      String name,
      int files) {
    var df = session.createDataFrame(rows, schema);
    if (files > 0) df = df.coalesce(files);
    df.write().mode(SaveMode.ErrorIfExists).parquet(staging + "/" + name);
  }

  /** The Spark setting that makes its Parquet writer write lists in the two-level form. */
  static final String LEGACY_LISTS = "spark.sql.parquet.writeLegacyFormat";

  /** What a later run given this output as {@code --previous} needs. */
  private static void writeSketches(
      SparkSession session,
      StoryResult stories,
      Settings settings,
      OutputCommitter committer,
      int files)
      throws IOException {
    if (!settings.get(RunSettings.DEDUP_SKETCHES)) return;
    String staging = committer.staging().toString();
    Dataset<Row> sketches = stories.sketches();
    if (files > 0) sketches = sketches.coalesce(files);
    // shingles and band keys are random 64-bit hashes: a dictionary never pays for them, and
    // building one before giving up costs more than writing the values
    scala.Option<String> legacy = session.conf().getOption(LEGACY_LISTS);
    // Lists in Parquet's two-level form: a sketch is a dozen arrays of hundreds of values, and for
    // the standard three-level form Spark's writer opens a group and allocates closures for every
    // value. Spark and pyarrow read both forms back as the same array columns.
    session.conf().set(LEGACY_LISTS, true);
    try {
      sketches
          .write()
          .mode(SaveMode.ErrorIfExists)
          .option("parquet.enable.dictionary", "false")
          .parquet(staging + "/" + Schemas.DEDUP_SKETCHES);
    } finally {
      if (legacy.isDefined()) session.conf().set(LEGACY_LISTS, legacy.get());
      else session.conf().unset(LEGACY_LISTS);
    }
    SketchStore.templateFrame(session, stories.templates())
        .coalesce(1)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(staging + "/" + Schemas.DEDUP_TEMPLATES);
    if (settings.get(DedupSettings.ENABLED)) {
      committer.writeText(SketchStore.FORMAT_FILE, SketchStore.formatText(settings));
    }
  }

  /**
   * Where the corpus-sized data sets live between passes. Disk by default: serialized blocks in
   * storage memory are held in 1 MB chunks, humongous objects that take a whole 2 MB region of a 4
   * GB G1 heap, so a full storage pool needs twice its size and a 1 GB archive ran a 4 GB heap out;
   * blocks on disk are streamed back record by record. Measured on real pages, memory saves nothing
   * even when the input fits: what a pass pays is Kryo, not the disk (whose blocks sit in the page
   * cache), and caching the pages as objects costs twice as much again (Spark's size estimates of
   * every page and the collector walking them).
   */
  static StorageLevel storageLevel(Settings settings) {
    return settings.get(RunSettings.CACHE).equals("memory")
        ? StorageLevel.MEMORY_AND_DISK_SER()
        : StorageLevel.DISK_ONLY();
  }

  /** Puts the read counts in the report; returns the pages read. */
  private static long recordReadCounts(RunReport report, Map<String, Long> counts) {
    Map<String, Long> pagesByFormat = new LinkedHashMap<>();
    Map<String, Long> rejects = new LinkedHashMap<>();
    Map<String, Long> skips = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      String[] kv = e.getKey().split("\t", 2);
      Map<String, Long> target =
          kv[0].equals("page") ? pagesByFormat : kv[0].equals("reject") ? rejects : skips;
      target.merge(kv[1], e.getValue(), Long::sum);
    }
    report.put("read", "pages", sum(pagesByFormat));
    report.put("read", "rejects", sum(rejects));
    report.put("read", "skipped", sum(skips));
    report.put("read", "pages_by_format", RunReport.sorted(pagesByFormat));
    report.put("read", "rejects_by_reason", RunReport.sorted(rejects));
    report.put("read", "skipped_by_reason", RunReport.sorted(skips));
    return sum(pagesByFormat);
  }

  private static void recordLabelCounts(RunReport report, Map<String, Long> counts) {
    long content = 0;
    long noise = 0;
    Map<String, Long> noiseByKind = new LinkedHashMap<>();
    Map<String, Long> contentByKind = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      String[] lk = e.getKey().split(":", 2);
      if (lk[0].equals(Label.CONTENT.value())) {
        content += e.getValue();
        contentByKind.merge(lk[1], e.getValue(), Long::sum);
      } else {
        noise += e.getValue();
        noiseByKind.merge(lk[1], e.getValue(), Long::sum);
      }
    }
    report.put("classify", "paragraphs", content + noise);
    report.put("classify", "content", content);
    report.put("classify", "noise", noise);
    report.put("classify", "content_by_kind", RunReport.sorted(contentByKind));
    report.put("classify", "noise_by_kind", RunReport.sorted(noiseByKind));
  }

  private static String sizeBucket(int size) {
    if (size <= 1) return "1";
    if (size <= 2) return "2";
    if (size <= 4) return "3-4";
    if (size <= 8) return "5-8";
    if (size <= 16) return "9-16";
    return "17+";
  }

  private static long sum(Map<String, Long> m) {
    long s = 0;
    for (long v : m.values()) s += v;
    return s;
  }

  private static String properties(Settings settings) {
    StringBuilder sb = new StringBuilder("# Settings in force for this run\n");
    for (Map.Entry<String, String> e : settings.effective().entrySet()) {
      sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
    }
    return sb.toString();
  }

  /** The human summary printed at the end of a run. */
  public static String summary(RunReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("winnow: wrote ").append(r.get("output", "documents")).append(" documents, ");
    sb.append(r.get("output", "paragraphs")).append(" paragraphs (");
    sb.append(r.get("classify", "content")).append(" content), ");
    sb.append(r.get("output", "clusters")).append(" stories, ");
    sb.append(r.get("output", "rejects")).append(" rejects; skipped ");
    sb.append(r.get("read", "skipped")).append(" non-article records\n");
    sb.append("winnow: took ").append(r.timings().get("total")).append(" ms");
    Long cpu = r.cpuTimings().get("total");
    if (cpu != null) sb.append(" (driver CPU ").append(cpu).append(" ms)");
    sb.append("; output in ");
    sb.append(r.get("output", "path"));
    return sb.toString();
  }
}
