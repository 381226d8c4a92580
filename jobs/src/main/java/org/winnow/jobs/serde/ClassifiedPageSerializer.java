package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.ArrayList;
import java.util.List;
import org.winnow.classify.Label;
import org.winnow.classify.Verdict;
import org.winnow.jobs.stages.ClassifiedPage;

/**
 * Kryo serializer for a classified page: its page as {@link PageSerializer} writes it, then its
 * verdicts in a row, each as its label's ordinal, its score, and its kind and reason as numbers
 * into a table of the page's own (a page's verdicts repeat a handful of them). The classified pages
 * are cached once and read back twice (deduplication, the writers); through {@link
 * RecordSerializer} every verdict went with its class and its strings through Kryo's graph context.
 *
 * <pre>{@code
 * page, [noise 0.1 navigation "in nav", noise 0.1 navigation "in nav"]
 *   -> page 2, 1 0.1 0 "navigation" 0 "in nav", 1 0.1 1 2
 * }</pre>
 */
final class ClassifiedPageSerializer extends Serializer<ClassifiedPage> {
  private static final Label[] LABELS = Label.values();

  private final PageSerializer pages;
  private final Utf8.Table written = new Utf8.Table();
  private final List<String> read = new ArrayList<>();

  ClassifiedPageSerializer(PageSerializer pages) {
    this.pages = pages;
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output output, ClassifiedPage c) {
    pages.write(kryo, output, c.page());
    List<Verdict> verdicts = c.verdicts();
    output.writeVarInt(verdicts.size(), true);
    written.clear();
    for (int i = 0; i < verdicts.size(); i++) {
      Verdict v = verdicts.get(i);
      output.writeVarInt(v.label().ordinal(), true);
      output.writeDouble(v.score());
      written.write(output, v.kind());
      written.write(output, v.reason());
    }
  }

  @Override
  public ClassifiedPage read(Kryo kryo, Input input, Class<ClassifiedPage> type) {
    var page = pages.read(kryo, input, null);
    Verdict[] verdicts = new Verdict[input.readVarInt(true)];
    read.clear();
    for (int i = 0; i < verdicts.length; i++) {
      Label label = LABELS[input.readVarInt(true)];
      double score = input.readDouble();
      String kind = Utf8.readShared(input, read);
      verdicts[i] = new Verdict(label, score, kind, Utf8.readShared(input, read));
    }
    read.clear();
    return new ClassifiedPage(page, List.of(verdicts));
  }
}
