package org.winnow.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code winnow run}, parsed: inputs, output, the earlier output to deduplicate
 * against, settings file and overrides.
 *
 * <pre>{@code
 * JobArguments.parse("--input", "a.warc.gz", "--output", "out", "--set", "dedup.bands=16")
 *   -> inputs=[a.warc.gz], output=out, overrides={dedup.bands=16}
 * }</pre>
 *
 * <p>A wrong argument throws {@link UsageException} with one line saying what is wrong.
 *
 * @param previous the earlier output given by {@code --previous}, or null for a full run
 */
public record JobArguments(
    List<String> inputs,
    String output,
    String previous,
    String configFile,
    Map<String, String> overrides,
    boolean overwrite,
    boolean help) {

  /** Thrown for a command line that cannot be run; its message is one line for people. */
  public static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  public static final String USAGE =
      String.join(
          "\n",
          "usage: winnow run [--input PATH]... [--output DIR] [--previous DIR] [--config FILE]"
              + " [--set key=value]... [--overwrite]",
          "  --input PATH     a file, a folder (read recursively), a glob, or a Hadoop URI (file:,"
              + " hdfs:, s3a:);",
          "                   repeatable; formats are recognised by content. Default: the bundled"
              + " sample.",
          "  --output DIR     where the datasets go. Default: a new folder under the working"
              + " directory.",
          "  --previous DIR   an earlier output: deduplicate the inputs (a new batch) against its"
              + " stories",
          "                   without reading its inputs again; DIR's sketches carry on into the"
              + " output.",
          "  --config FILE    a properties file of settings (see conf/winnow.properties).",
          "  --set key=value  one setting, over the config file; repeatable.",
          "  --overwrite      replace an existing output (it is kept otherwise).",
          "  --master URL     Spark master (local[*] by default; handled by scripts/winnow).");

  public JobArguments {
    inputs = List.copyOf(inputs);
    overrides = Map.copyOf(overrides);
  }

  /** Parses {@code args}; throws {@link UsageException} on the first problem. */
  public static JobArguments parse(String... args) {
    List<String> inputs = new ArrayList<>();
    String output = null;
    String previous = null;
    String config = null;
    Map<String, String> overrides = new LinkedHashMap<>();
    boolean overwrite = false;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String inlineValue = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0 && !a.equals("--set")) {
        inlineValue = a.substring(eq + 1);
        a = a.substring(0, eq);
      }
      switch (a) {
        case "--input" -> inputs.add(value(args, i++, a, inlineValue));
        case "--output" -> output = value(args, i++, a, inlineValue);
        case "--previous" -> previous = value(args, i++, a, inlineValue);
        case "--config" -> config = value(args, i++, a, inlineValue);
        case "--set" -> {
          String kv = value(args, i++, a, inlineValue);
          int e = kv.indexOf('=');
          if (e <= 0) throw new UsageException("--set needs key=value, got '" + kv + "'");
          overrides.put(kv.substring(0, e).trim(), kv.substring(e + 1).trim());
        }
        case "--overwrite" -> {
          if (inlineValue != null) throw new UsageException("--overwrite takes no value");
          overwrite = true;
        }
        case "-h", "--help" -> help = true;
        default -> {
          if (a.startsWith("-")) throw new UsageException("unknown option " + a);
          throw new UsageException("unexpected argument '" + a + "' (inputs go after --input)");
        }
      }
      if (inlineValue != null) i--; // the value was inside the option, not the next argument
    }
    return new JobArguments(inputs, output, previous, config, overrides, overwrite, help);
  }

  private static String value(String[] args, int i, String option, String inline) {
    if (inline != null) {
      if (inline.isEmpty()) throw new UsageException(option + " needs a value");
      return inline;
    }
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    return args[i + 1];
  }
}
