package org.winnow.jobs;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of a test JVM: local[2], no UI, four shuffle partitions. Started on first
 * use (about 4 s) and shared by every test class; Spark stops it at JVM exit.
 *
 * <pre>{@code
 * JavaSparkContext jsc = TestSpark.context();
 * }</pre>
 */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  /** The shared session. */
  public static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("winnow-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.default.parallelism", "4")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.session.timeZone", "UTC")
              .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }

  /** The shared session's Java context. */
  public static JavaSparkContext context() {
    return JavaSparkContext.fromSparkContext(session().sparkContext());
  }
}
