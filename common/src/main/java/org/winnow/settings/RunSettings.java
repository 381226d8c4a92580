package org.winnow.settings;

/** Settings of the run as a whole: partitioning and output. */
public final class RunSettings {
  private RunSettings() {}

  public static final Setting<Long> TASK_BYTES =
      Setting.bytesIn(
          "run.task_bytes",
          "32m",
          1,
          1L << 40,
          "most input bytes one read task takes; tasks take input/partitions bytes up to this."
              + " A bigger per-record .warc.gz or uncompressed JSON lines file is cut into splits"
              + " read in parallel; other big files are read whole by one task. Read tasks at least"
              + " as many as the partitions parse what they read, without a shuffle");

  public static final Setting<Integer> MAX_FILES_PER_TASK =
      Setting.intIn(
          "run.max_files_per_task",
          2000,
          1,
          1_000_000,
          "input files one read task takes at most (folders of many small files)");

  public static final Setting<Integer> OUTPUT_FILES =
      Setting.intIn(
          "run.output_files",
          0,
          0,
          100_000,
          "Parquet files per dataset; 0 lets Spark's shuffle partitioning decide");

  public static final Setting<Integer> PARTITIONS =
      Setting.intIn(
          "run.partitions",
          0,
          0,
          1_000_000,
          "partitions of the work after reading; 0 means one per run.partition_bytes of input,"
              + " at least twice Spark's default parallelism. Fewer read tasks than this spread"
              + " their records before parsing");

  public static final Setting<Long> PARTITION_BYTES =
      Setting.bytesIn(
          "run.partition_bytes",
          "32m",
          1 << 20,
          1L << 40,
          "input bytes (as stored, compressed or not) per partition when run.partitions is 0:"
              + " what one task holds at a time grows with this, never with the whole input");

  public static final Setting<String> CACHE =
      Setting.oneOf(
          "run.cache",
          "disk",
          "where the pages read, classified and assembled, and the dedup stage's documents,"
              + " buckets, candidate pairs, verified pairs and placements, are kept between the"
              + " passes over them: disk (local disk, streamed back; the heap never holds the"
              + " corpus) or memory"
              + " (serialized in Spark's storage memory, spilling to disk when full; faster when the"
              + " heap is large beside the input)",
          "disk",
          "memory");

  public static final Setting<String> LOCAL_CHECKPOINT =
      Setting.oneOf(
          "run.local_checkpoint",
          "auto",
          "checkpoint the cached corpus-sized sets (classified pages, dedup sketches, buckets,"
              + " verified pairs, placements) where they are cached (Spark's localCheckpoint), so"
              + " that the shuffles that built them are deleted as the run goes on and local disk"
              + " holds a few of them at a time: true, false, or auto (true when the master is"
              + " local, where one disk holds every shuffle; false on a cluster, where the lineage"
              + " lets Spark recompute a lost executor's blocks rather than fail the run, and every"
              + " shuffle's files stay on the executors' disks until the run ends)",
          "auto",
          "true",
          "false");

  /**
   * Whether {@link #LOCAL_CHECKPOINT} is on for a run on {@code master}: {@code auto} is on for
   * {@code local}, {@code local[2]}, {@code local[*]} and off for any cluster manager.
   */
  public static boolean localCheckpoint(Settings settings, String master) {
    String mode = settings.get(LOCAL_CHECKPOINT);
    return mode.equals("auto") ? master != null && master.startsWith("local") : mode.equals("true");
  }

  public static final Setting<Boolean> DEDUP_SKETCHES =
      Setting.bool(
          "run.dedup_sketches",
          true,
          "write dedup_sketches and dedup_templates beside the datasets, which a later run given"
              + " this output as --previous needs; false saves their writing (dedup_sketches is"
              + " several times the size of documents) when no incremental run will follow");
}
