package org.winnow.jobs.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet datasets a run writes, column by column with what each column means. The descriptions
 * are stored in the Spark schema (column comments) and in {@code _schema.json}.
 */
public final class Schemas {
  private Schemas() {}

  public static final String DOCUMENTS = "documents";
  public static final String PARAGRAPHS = "paragraphs";
  public static final String CLUSTERS = "clusters";
  public static final String REJECTS = "rejects";
  public static final String DEDUP_SKETCHES = "dedup_sketches";
  public static final String DEDUP_TEMPLATES = "dedup_templates";

  public static final StructType DOCUMENTS_SCHEMA =
      struct(
          col("doc_id", DataTypes.StringType, false, "stable id: XXH3-64 hex of source"),
          col("url", DataTypes.StringType, true, "the article URL"),
          col(
              "host",
              DataTypes.StringType,
              true,
              "lower-case URL host without www.; for a scraped file, the site-named folder it"
                  + " sits in"),
          col("title", DataTypes.StringType, true, "the article title"),
          col("published_at", DataTypes.TimestampType, true, "publication time, when known"),
          col("language", DataTypes.StringType, false, "ISO 639-1 code, und when unknown"),
          col("author", DataTypes.StringType, true, "byline author(s), when known"),
          col(
              "text",
              DataTypes.StringType,
              false,
              "content paragraphs, title excluded, separated by a blank line"),
          col("n_paragraphs", DataTypes.IntegerType, false, "paragraphs segmented on the page"),
          col(
              "n_content_paragraphs",
              DataTypes.IntegerType,
              false,
              "content paragraphs in text (the headline not counted)"),
          col(
              "cluster_id",
              DataTypes.StringType,
              false,
              "the story: smallest doc_id of its copies"),
          col(
              "is_canonical",
              DataTypes.BooleanType,
              false,
              "whether this is the story's canonical"),
          col("canonical_doc_id", DataTypes.StringType, false, "doc_id of the canonical copy"),
          col(
              "jaccard_to_canonical",
              DataTypes.DoubleType,
              false,
              "Jaccard similarity of content shingles to the canonical copy (1 for itself)"),
          col(
              "containment_to_canonical",
              DataTypes.DoubleType,
              false,
              "share of the shorter copy's shingles found in the other (1 for itself)"),
          col("source", DataTypes.StringType, false, "input file URI and record position"));

  public static final StructType PARAGRAPHS_SCHEMA =
      struct(
          col("doc_id", DataTypes.StringType, false, "the document"),
          col("position", DataTypes.IntegerType, false, "0-based position on the page"),
          col("text", DataTypes.StringType, false, "the paragraph text"),
          col("label", DataTypes.StringType, false, "content or noise"),
          col("score", DataTypes.DoubleType, false, "confidence that it is content, 0..1"),
          col(
              "kind",
              DataTypes.StringType,
              false,
              "finer class: body, heading, byline, related, navigation, share, legal, spam..."),
          col("reason", DataTypes.StringType, false, "why, in a few words"),
          col("tag", DataTypes.StringType, false, "the HTML element, or line for text input"),
          col(
              "shared_with_canonical",
              DataTypes.BooleanType,
              true,
              "content paragraphs: whether the story's canonical copy has it too (false: this"
                  + " outlet's own); null for noise"));

  public static final StructType CLUSTERS_SCHEMA =
      struct(
          col("cluster_id", DataTypes.StringType, false, "the story id"),
          col("canonical_doc_id", DataTypes.StringType, false, "doc_id of the canonical copy"),
          col("canonical_reason", DataTypes.StringType, false, "why that copy is canonical"),
          col("size", DataTypes.IntegerType, false, "documents in the story"),
          col(
              "hosts",
              DataTypes.createArrayType(DataTypes.StringType, false),
              false,
              "hosts that carried it, sorted"),
          col(
              "urls",
              DataTypes.createArrayType(DataTypes.StringType, false),
              false,
              "URLs of the copies, sorted"),
          col("first_published_at", DataTypes.TimestampType, true, "earliest known publication"),
          col("last_published_at", DataTypes.TimestampType, true, "latest known publication"));

  public static final StructType REJECTS_SCHEMA =
      struct(
          col("source", DataTypes.StringType, false, "input file URI and record position"),
          col("reason", DataTypes.StringType, false, "short machine-readable reason"),
          col("detail", DataTypes.StringType, false, "what went wrong, for people"));

  /**
   * Every document deduplicated so far, as a later run with {@code --previous} needs it: written by
   * every run; an incremental run carries the earlier rows forward with their current story.
   */
  public static final StructType DEDUP_SKETCHES_SCHEMA =
      struct(
          col("doc_id", DataTypes.StringType, false, "the document"),
          col("url", DataTypes.StringType, false, "its URL, or its source when it has none"),
          col(
              "host",
              DataTypes.StringType,
              false,
              "the outlet it counts under; a page of unknown origin has a private name starting"
                  + " with U+0000"),
          col("byline", DataTypes.StringType, true, "byline author(s), when known"),
          col("published_at", DataTypes.TimestampType, true, "publication time, when known"),
          col(
              "n_content_paragraphs",
              DataTypes.IntegerType,
              false,
              "content paragraphs (the canonical policy's second completeness criterion)"),
          col(
              "exact_key",
              DataTypes.LongType,
              false,
              "XXH3 of the whole normalised content; 0 when too short to be anyone's copy"),
          col(
              "shingles",
              DataTypes.createArrayType(DataTypes.LongType, false),
              false,
              "the content's shingle set after the template guard: sorted distinct 64-bit hashes"),
          col(
              "open_shingles",
              DataTypes.createArrayType(DataTypes.LongType, false),
              false,
              "the content's shingle set without only the template the guard saw for certain (what"
                  + " copies on other outlets are compared by): sorted distinct 64-bit hashes"),
          col(
              "lead",
              DataTypes.createArrayType(DataTypes.LongType, false),
              false,
              "the sorted shingles of the lead of the text behind shingles (dedup.lead_shingles;"
                  + " empty when that is 0)"),
          col(
              "open_lead",
              DataTypes.createArrayType(DataTypes.LongType, false),
              false,
              "the same for the text behind open_shingles"),
          col(
              "open_order",
              DataTypes.createArrayType(DataTypes.IntegerType, false),
              false,
              "the text behind open_shingles in reading order, each shingle as its index in"
                  + " open_shingles: copies are also matched by long runs shared in order"),
          col(
              "open_figures",
              DataTypes.createArrayType(DataTypes.LongType, false),
              false,
              "the shingles of open_order that hold numbers, each as its reading position (high 32"
                  + " bits) and a hash of its digits (low 32 bits): runs whose figures differ are"
                  + " stock sentences, not copies"),
          col(
              "headline_key",
              DataTypes.LongType,
              false,
              "key of its normalised title (dedup.headline_min_words or more words, not its"
                  + " outlet's template); 0 when none: a brief under the same headline and dateline"
                  + " is a copy"),
          col(
              "headline_unlabelled_key",
              DataTypes.LongType,
              false,
              "key of its title without a short label before a colon ('UPDATE 2:'); 0 when none"),
          col(
              "headline_phrases",
              DataTypes.createArrayType(DataTypes.LongType, false),
              false,
              "the shingles of its title that its open text holds too (the story's event in its"
                  + " own words), sorted"),
          col(
              "dateline_key",
              DataTypes.LongType,
              false,
              "key of the dateline its lead opens with ('SILVERLAKE —'); 0 when none"),
          col(
              "band_keys",
              DataTypes.createArrayType(DataTypes.LongType, false),
              false,
              "sorted passage LSH band keys; empty when too short to be anyone's copy"),
          col(
              "page_keys",
              DataTypes.createArrayType(DataTypes.LongType, false),
              false,
              "sorted keys of every paragraph of its page, content and noise: the template guard"
                  + " of a later run counts them"),
          col(
              "cluster_id",
              DataTypes.StringType,
              false,
              "its story after this run (the canonical copy's doc_id): the latest output's value"
                  + " is current"));

  /** The (host, shingle) keys found to be outlet template so far. */
  public static final StructType DEDUP_TEMPLATES_SCHEMA =
      struct(
          col(
              "template_key",
              DataTypes.LongType,
              false,
              "XXH3 of a host and a sampled shingle that is template on that host; later batches"
                  + " strip it too"));

  /** Prints {@link #json()}: how {@code docs/datasets.schema.json} is made. */
  public static void main(String[] args) {
    System.out.print(json());
  }

  /** The datasets by name, in output order. */
  public static Map<String, StructType> all() {
    Map<String, StructType> m = new LinkedHashMap<>();
    m.put(DOCUMENTS, DOCUMENTS_SCHEMA);
    m.put(PARAGRAPHS, PARAGRAPHS_SCHEMA);
    m.put(CLUSTERS, CLUSTERS_SCHEMA);
    m.put(REJECTS, REJECTS_SCHEMA);
    m.put(DEDUP_SKETCHES, DEDUP_SKETCHES_SCHEMA);
    m.put(DEDUP_TEMPLATES, DEDUP_TEMPLATES_SCHEMA);
    return m;
  }

  /** A JSON document describing every dataset's columns: name, type, nullability, meaning. */
  public static String json() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("description", "Winnow output datasets (Parquet), one folder each");
    ObjectNode datasets = root.putObject("datasets");
    for (Map.Entry<String, StructType> e : all().entrySet()) {
      ArrayNode cols = datasets.putArray(e.getKey());
      for (StructField f : e.getValue().fields()) {
        ObjectNode c = cols.addObject();
        c.put("name", f.name());
        c.put("type", f.dataType().simpleString());
        c.put("nullable", f.nullable());
        c.put("description", f.getComment().getOrElse(() -> ""));
      }
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField col(String name, DataType type, boolean nullable, String doc) {
    Metadata md = new MetadataBuilder().putString("comment", doc).build();
    return new StructField(name, type, nullable, md);
  }
}
