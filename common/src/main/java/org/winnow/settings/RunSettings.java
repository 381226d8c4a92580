package org.winnow.settings;

/** Settings of the run as a whole: partitioning and output. */
public final class RunSettings {
  private RunSettings() {}

  public static final Setting<Long> TASK_BYTES =
      Setting.bytesIn(
          "run.task_bytes",
          "128m",
          1,
          1L << 40,
          "input bytes one read task takes; a larger file is read alone, never split");

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
          "partitions of the work after reading; 0 means twice Spark's default parallelism."
              + " Fewer read tasks than this spread their records before parsing");

  public static final Setting<Boolean> DEDUP_SKETCHES =
      Setting.bool(
          "run.dedup_sketches",
          true,
          "write dedup_sketches and dedup_templates beside the datasets, which a later run given"
              + " this output as --previous needs; false saves their writing (dedup_sketches is"
              + " several times the size of documents) when no incremental run will follow");
}
