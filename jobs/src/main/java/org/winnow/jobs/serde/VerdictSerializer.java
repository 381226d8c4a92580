package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import org.winnow.classify.Label;
import org.winnow.classify.Verdict;

/**
 * Kryo serializer for a paragraph's verdict: its label's ordinal, its score, and its kind and
 * reason as {@link SharedStrings} of the record (a page's verdicts repeat a handful of them),
 * without the reflection of {@link RecordSerializer}: there is one verdict per paragraph of every
 * page.
 *
 * <pre>{@code
 * noise 0.1 navigation "in nav", noise 0.1 navigation "in nav"
 *   -> 1 0.1 0 "navigation" 0 "in nav", 1 0.1 1 2
 * }</pre>
 */
final class VerdictSerializer extends Serializer<Verdict> {
  private static final Label[] LABELS = Label.values();

  VerdictSerializer() {
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output output, Verdict v) {
    output.writeVarInt(v.label().ordinal(), true);
    output.writeDouble(v.score());
    SharedStrings.writeShared(kryo, output, v.kind());
    SharedStrings.writeShared(kryo, output, v.reason());
  }

  @Override
  public Verdict read(Kryo kryo, Input input, Class<Verdict> type) {
    Label label = LABELS[input.readVarInt(true)];
    double score = input.readDouble();
    String kind = SharedStrings.readShared(kryo, input);
    return new Verdict(label, score, kind, SharedStrings.readShared(kryo, input));
  }
}
