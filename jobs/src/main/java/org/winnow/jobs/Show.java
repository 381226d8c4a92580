package org.winnow.jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Prints rows of one dataset of an output as JSON lines, for a look without a notebook.
 *
 * <pre>{@code
 * winnow show OUT documents "cluster_id = 'c0ffee'" 20
 *   -> {"doc_id":"...","url":"...","title":"...",...}
 * }</pre>
 */
public final class Show {
  private Show() {}

  public static void main(String[] args) {
    if (args.length < 2 || args.length > 5) {
      System.err.println(
          "usage: winnow show OUTPUT_DIR DATASET [WHERE] [LIMIT] [COLUMNS]  (DATASET: documents,"
              + " paragraphs, clusters, rejects)");
      System.exit(WinnowJob.USAGE_ERROR);
    }
    SparkSession spark =
        SparkSession.builder().appName("winnow-show").master("local[1]").getOrCreate();
    try {
      Dataset<Row> rows = spark.read().parquet(args[0] + "/" + args[1]);
      if (args.length > 2 && !args[2].isBlank()) rows = rows.where(args[2]);
      if (args.length > 4) {
        // a whole select list, so that expressions may hold commas
        rows.createOrReplaceTempView("shown");
        rows = spark.sql("select " + args[4] + " from shown");
      }
      int limit = args.length > 3 ? Integer.parseInt(args[3]) : 20;
      for (String line : rows.limit(limit).toJSON().collectAsList()) System.out.println(line);
    } finally {
      spark.stop();
    }
  }
}
