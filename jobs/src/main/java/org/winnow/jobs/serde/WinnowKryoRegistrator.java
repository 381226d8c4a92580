package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.serializer.KryoRegistrator;
import org.winnow.classify.BlockStats;
import org.winnow.classify.Label;
import org.winnow.classify.StorySample;
import org.winnow.classify.Verdict;
import org.winnow.dedup.CanonicalCandidate;
import org.winnow.dedup.CanonicalChoice;
import org.winnow.dedup.CanonicalPolicy;
import org.winnow.dedup.ComponentSplitter;
import org.winnow.dedup.CopyEvidence;
import org.winnow.dedup.CopyFacts;
import org.winnow.dedup.DocMembership;
import org.winnow.dedup.DocSketch;
import org.winnow.dedup.ShingledText;
import org.winnow.dedup.Similarity;
import org.winnow.dedup.StoryCluster;
import org.winnow.jobs.dedup.DedupStage;
import org.winnow.jobs.input.HadoopConf;
import org.winnow.jobs.stages.ClassifiedPage;
import org.winnow.jobs.stages.ClassifyStage;
import org.winnow.jobs.stages.Extracted;
import org.winnow.jobs.stages.FinalDoc;
import org.winnow.model.Block;
import org.winnow.model.Page;
import org.winnow.model.Reject;
import org.winnow.model.SourceRecord;

/**
 * Makes Spark's Kryo serializer able to carry Winnow's data: records through {@link
 * RecordSerializer}, the JDK's unmodifiable collections through {@link
 * ImmutableCollectionSerializer}, and the few classes with their own Java serialisation through it.
 * Kryo shuffles and caches pages several times faster and smaller than Java serialisation.
 *
 * <pre>
 * spark.serializer        org.apache.spark.serializer.KryoSerializer
 * spark.kryo.registrator  org.winnow.jobs.serde.WinnowKryoRegistrator
 * spark.kryo.referenceTracking false
 * </pre>
 */
public final class WinnowKryoRegistrator implements KryoRegistrator {
  /** The Spark settings that turn it on, for code that builds its own session (tests, benches). */
  public static final Map<String, String> SPARK_SETTINGS =
      Map.of(
          "spark.serializer",
          "org.apache.spark.serializer.KryoSerializer",
          "spark.kryo.registrator",
          WinnowKryoRegistrator.class.getName(),
          "spark.kryo.referenceTracking",
          "false");

  @Override
  public void registerClasses(Kryo kryo) {
    kryo.addDefaultSerializer(Record.class, RecordSerializer.class);
    for (Class<?> c : ImmutableCollectionSerializer.listClasses()) {
      kryo.register(c, new ImmutableCollectionSerializer.Lists());
    }
    for (Class<?> c : ImmutableCollectionSerializer.setClasses()) {
      kryo.register(c, new ImmutableCollectionSerializer.Sets());
    }
    for (Class<?> c : ImmutableCollectionSerializer.mapClasses()) {
      kryo.register(c, new ImmutableCollectionSerializer.Maps());
    }
    // It writes its Hadoop Configuration in writeObject, which Kryo's field serializer skips.
    kryo.register(HadoopConf.class, new JavaSerializer());
    // Registered classes travel as a small number instead of their name in every record.
    PageSerializer pages = new PageSerializer();
    for (Class<?> c : HOT) {
      if (c == Page.class) kryo.register(c, pages);
      else if (c == ClassifiedPage.class) kryo.register(c, new ClassifiedPageSerializer(pages));
      else if (c == Block.class) kryo.register(c, new BlockSerializer());
      else if (c == Verdict.class) kryo.register(c, new VerdictSerializer());
      else if (c == CopyEvidence.class) {
        kryo.register(c, new CopyEvidenceSerializer());
      } else if (c == ShingledText.class) {
        kryo.register(c, new ShingledTextSerializer());
      } else kryo.register(c);
    }
    for (Class<?> c : HOT_PRIVATE) {
      if (c.getName().equals(TALLY)) kryo.register(c, new ClassifyStage.TallySerializer());
      else if (c.getName().equals(FACT_BATCH))
        kryo.register(c, ClassifyStage.factBatchSerializer());
      else if (c.getName().equals(DEDUP_DOC)) kryo.register(c, new DedupStage.DocSerializer());
      else kryo.register(c);
    }
  }

  /** What the job shuffles and caches by the hundred thousand, in a fixed order (the ids). */
  private static final List<Class<?>> HOT =
      List.of(
          Extracted.class,
          Page.class,
          Block.class,
          Reject.class,
          SourceRecord.class,
          ClassifiedPage.class,
          Verdict.class,
          Label.class,
          BlockStats.class,
          FinalDoc.class,
          CopyFacts.class,
          ShingledText.class,
          DocMembership.class,
          StoryCluster.class,
          CanonicalCandidate.class,
          CanonicalChoice.class,
          CanonicalPolicy.Contest.class,
          CopyEvidence.class,
          ComponentSplitter.Member.class,
          Similarity.class,
          DocSketch.class,
          Instant.class,
          ArrayList.class,
          long[].class,
          int[].class,
          String[].class,
          StorySample.class);

  /** The census's per-key tally, which has a serializer of its own. */
  private static final String TALLY = "org.winnow.jobs.stages.ClassifyStage$Tally";

  /** The census's facts bound for one partition, which have a serializer of their own. */
  private static final String FACT_BATCH = "org.winnow.jobs.stages.FactBatch";

  /** The dedup stage's cached document, which has a serializer of its own. */
  private static final String DEDUP_DOC = "org.winnow.jobs.dedup.DedupStage$Doc";

  /** The census's tallies bound for one merging partition, with a serializer of their own. */
  private static final String TALLY_BATCH = "org.winnow.jobs.stages.ClassifyStage$TallyBatch";

  /**
   * The same for classes private to their stage, looked up once: Spark builds a Kryo for every
   * shuffle file a task opens, and a class lookup per name per Kryo showed in profiles.
   */
  private static final List<Class<?>> HOT_PRIVATE =
      classes(
          "org.winnow.jobs.stages.ClassifyStage$Fact",
          "org.winnow.jobs.stages.ClassifyStage$CountKey",
          "org.winnow.jobs.stages.ClassifyStage$Sighting",
          TALLY,
          FACT_BATCH,
          TALLY_BATCH,
          "org.winnow.jobs.stages.ClassifyStage$Spread",
          "org.winnow.jobs.stages.ClassifyStage$PageKeys",
          "org.winnow.jobs.stages.ReadTally",
          "org.winnow.jobs.dedup.DedupStage$Shingled",
          DEDUP_DOC,
          "org.winnow.jobs.dedup.DedupStage$EdgeBatch",
          "org.winnow.jobs.dedup.DedupStage$Tally",
          "org.winnow.jobs.dedup.DedupStage$Decision",
          "org.winnow.jobs.dedup.DedupStage$Probe",
          "org.winnow.jobs.dedup.DedupStage$Partners",
          "org.winnow.jobs.dedup.DedupStage$Component",
          "org.winnow.jobs.dedup.DedupStage$ComponentLabel",
          "org.winnow.jobs.dedup.DedupStage$Verdict",
          "org.winnow.jobs.dedup.DedupStage$Placed",
          "org.winnow.jobs.dedup.DedupStage$ClusterAgg");

  private static List<Class<?>> classes(String... names) {
    List<Class<?>> out = new ArrayList<>(names.length);
    for (String name : names) {
      try {
        out.add(Class.forName(name, false, WinnowKryoRegistrator.class.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("registrator names a class that is gone: " + name, e);
      }
    }
    return List.copyOf(out);
  }
}
