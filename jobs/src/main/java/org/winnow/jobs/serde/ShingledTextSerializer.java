package org.winnow.jobs.serde;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import org.winnow.dedup.ShingledText;

/**
 * Kryo serializer for {@link ShingledText} in about eight bytes a shingle, where its three parallel
 * arrays take sixteen: the hashes as they are, each paragraph index once per run of shingles that
 * start in it, and only the shingles that hold figures (a few in ten) with their figures. The dedup
 * stage shuffles and caches every document's shingles, and reads its cache once per pass.
 *
 * <pre>{@code
 * hashes [h1, h2, h3], paragraphs [0, 0, 2], figures [0, 7, 0], exact key k
 *   -> 3, h1 h2 h3, 2 runs (+0 x2, +2 x1), 1 figure (at 1: 7), k
 * }</pre>
 */
final class ShingledTextSerializer extends Serializer<ShingledText> {
  ShingledTextSerializer() {
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output output, ShingledText text) {
    int n = text.size();
    output.writeVarInt(n, true);
    for (int i = 0; i < n; i++) output.writeLong(text.hash(i));
    int runs = 0;
    int figures = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || text.paragraphOf(i) != text.paragraphOf(i - 1)) runs++;
      if (text.figures(i) != 0) figures++;
    }
    output.writeVarInt(runs, true);
    int previous = 0;
    for (int i = 0; i < n; ) {
      int p = text.paragraphOf(i);
      int j = i + 1;
      while (j < n && text.paragraphOf(j) == p) j++;
      // indices rise through a text: the step from the run before is small, never negative in
      // practice, but written signed so that any order comes back
      output.writeVarInt(p - previous, false);
      output.writeVarInt(j - i, true);
      previous = p;
      i = j;
    }
    output.writeVarInt(figures, true);
    int last = 0;
    for (int i = 0; i < n; i++) {
      if (text.figures(i) == 0) continue;
      output.writeVarInt(i - last, true);
      output.writeInt(text.figures(i));
      last = i;
    }
    output.writeLong(text.exactKey());
  }

  @Override
  public ShingledText read(Kryo kryo, Input input, Class<ShingledText> type) {
    int n = input.readVarInt(true);
    // as many readLong calls would read them, in one copy on Spark's unsafe Kryo streams
    long[] hashes = input.readLongs(n);
    int[] paragraphOf = new int[n];
    int runs = input.readVarInt(true);
    int at = 0;
    int p = 0;
    for (int r = 0; r < runs; r++) {
      p += input.readVarInt(false);
      int length = input.readVarInt(true);
      java.util.Arrays.fill(paragraphOf, at, at + length, p);
      at += length;
    }
    int[] figures = new int[n];
    int count = input.readVarInt(true);
    int i = 0;
    for (int f = 0; f < count; f++) {
      i += input.readVarInt(true);
      figures[i] = input.readInt();
    }
    return ShingledText.of(hashes, paragraphOf, figures, input.readLong());
  }
}
