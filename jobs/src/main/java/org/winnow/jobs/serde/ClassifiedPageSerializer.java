package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.winnow.classify.Label;
import org.winnow.classify.Verdict;
import org.winnow.jobs.stages.ClassifiedPage;
import org.winnow.model.Page;

/**
 * Kryo serializer for a classified page, the record the job caches and reads back on every pass
 * after classification: the page as usual, then each verdict as its label's ordinal, its score and
 * its kind and reason, each written in full only the first time the page uses it and as a number
 * after. A page's verdicts repeat a handful of kinds and reasons ("inside a navigation region ..."
 * for every link of a menu), so this writes a fraction of the bytes and reads back one string per
 * distinct reason.
 *
 * <pre>{@code
 * verdicts noise/0.1/navigation/"in nav", noise/0.1/navigation/"in nav"
 *   -> 2, [1, 0.1, new "navigation", new "in nav"], [1, 0.1, #0, #1]
 * }</pre>
 */
final class ClassifiedPageSerializer extends Serializer<ClassifiedPage> {
  private static final Label[] LABELS = Label.values();

  ClassifiedPageSerializer() {
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output output, ClassifiedPage c) {
    kryo.writeObject(output, c.page());
    List<Verdict> verdicts = c.verdicts();
    output.writeVarInt(verdicts.size(), true);
    Map<String, Integer> seen = new HashMap<>();
    for (Verdict v : verdicts) {
      output.writeVarInt(v.label().ordinal(), true);
      output.writeDouble(v.score());
      writeShared(output, v.kind(), seen);
      writeShared(output, v.reason(), seen);
    }
  }

  @Override
  public ClassifiedPage read(Kryo kryo, Input input, Class<ClassifiedPage> type) {
    Page page = kryo.readObject(input, Page.class);
    int n = input.readVarInt(true);
    List<Verdict> verdicts = new ArrayList<>(n);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Label label = LABELS[input.readVarInt(true)];
      double score = input.readDouble();
      String kind = readShared(input, seen);
      verdicts.add(new Verdict(label, score, kind, readShared(input, seen)));
    }
    return new ClassifiedPage(page, verdicts);
  }

  /** 0 and the string the first time, its 1-based number in order of first use after. */
  private static void writeShared(Output output, String s, Map<String, Integer> seen) {
    Integer number = seen.get(s);
    if (number != null) {
      output.writeVarInt(number, true);
      return;
    }
    seen.put(s, seen.size() + 1);
    output.writeVarInt(0, true);
    output.writeString(s);
  }

  private static String readShared(Input input, List<String> seen) {
    int number = input.readVarInt(true);
    if (number > 0) return seen.get(number - 1);
    String s = input.readString();
    seen.add(s);
    return s;
  }
}
