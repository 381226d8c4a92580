package org.winnow.jobs;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.winnow.jobs.serde.WinnowKryoRegistrator;

/**
 * The one SparkSession of a test JVM: local[2], no UI, four shuffle partitions, Kryo as in {@code
 * conf/spark-defaults.conf}. Started on first use (about 4 s) and shared by every test class; Spark
 * stops it at JVM exit.
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
      SparkSession.Builder builder =
          SparkSession.builder()
              .master("local[2]")
              .appName("winnow-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.default.parallelism", "4")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.session.timeZone", "UTC");
      // The serializer of conf/spark-defaults.conf, so that tests ship data as runs do.
      WinnowKryoRegistrator.SPARK_SETTINGS.forEach(builder::config);
      session = builder.getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }

  /** The shared session's Java context. */
  public static JavaSparkContext context() {
    return JavaSparkContext.fromSparkContext(session().sparkContext());
  }
}
