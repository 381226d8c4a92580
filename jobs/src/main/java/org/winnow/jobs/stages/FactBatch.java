package org.winnow.jobs.stages;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.winnow.classify.BlockStats;

/**
 * The census facts one task sends to one partition, in columns: per fact its host (as a number into
 * the batch's hosts), its text key (0 for a host's page count) and its stats. The census sends a
 * fact for every text a host repeats to every partition holding a page of that host; shuffled one
 * by one, each was a record of its own for the shuffle's sorter and for Kryo, with its host's name
 * and five boxed numbers.
 *
 * <pre>{@code
 * Fact(a.com, key 0, page count 12), Fact(a.com, 42, BlockStats(3, 2, 0, 5, 2))
 *   -> hosts [a.com], host [0, 0], key [0, 42], values [12 0 0 0 0, 3 2 0 5 2]
 * }</pre>
 */
final class FactBatch implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Numbers a fact holds: a host's page count, or a text's five stats. */
  private static final int VALUES = 5;

  private final List<String> hosts;
  private final Map<String, Integer> hostNumbers;
  private int size;
  private int[] host;
  private long[] keys;
  private int[] values;

  FactBatch() {
    this(new ArrayList<>(), 0, new int[16], new long[16], new int[16 * VALUES]);
  }

  private FactBatch(List<String> hosts, int size, int[] host, long[] keys, int[] values) {
    this.hosts = hosts;
    this.hostNumbers = new HashMap<>();
    for (int i = 0; i < hosts.size(); i++) hostNumbers.put(hosts.get(i), i);
    this.size = size;
    this.host = host;
    this.keys = keys;
    this.values = values;
  }

  /** Adds a host's page count. */
  void addHostPages(String hostName, int pages) {
    int at = append(hostName, 0L);
    values[at * VALUES] = pages;
  }

  /** Adds the stats of text {@code key} (non-zero) on a host. */
  void addStats(String hostName, long key, BlockStats s) {
    int at = append(hostName, key);
    int v = at * VALUES;
    values[v] = s.hostPages();
    values[v + 1] = s.hosts();
    values[v + 2] = s.titlePages();
    values[v + 3] = s.pages();
    values[v + 4] = s.storyPages();
  }

  private int append(String hostName, long key) {
    if (size == keys.length) {
      host = Arrays.copyOf(host, size * 2);
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2 * VALUES);
    }
    Integer number = hostNumbers.get(hostName);
    if (number == null) {
      number = hosts.size();
      hosts.add(hostName);
      hostNumbers.put(hostName, number);
    }
    host[size] = number;
    keys[size] = key;
    return size++;
  }

  int size() {
    return size;
  }

  String host(int i) {
    return hosts.get(host[i]);
  }

  /** The text key of fact {@code i}; 0 when it is its host's page count. */
  long key(int i) {
    return keys[i];
  }

  /** The page count of a host-page-count fact. */
  int hostPages(int i) {
    return values[i * VALUES];
  }

  /** The stats of a text fact. */
  BlockStats stats(int i) {
    int v = i * VALUES;
    return new BlockStats(values[v], values[v + 1], values[v + 2], values[v + 3], values[v + 4]);
  }

  /**
   * Kryo serializer for a batch: its hosts once, then per fact its host's number, its key and its
   * numbers as varints (a key is a 64-bit hash, written whole).
   */
  static final class BatchSerializer extends Serializer<FactBatch> {
    @Override
    public void write(Kryo kryo, Output output, FactBatch b) {
      output.writeVarInt(b.hosts.size(), true);
      for (String h : b.hosts) output.writeString(h);
      output.writeVarInt(b.size, true);
      for (int i = 0; i < b.size; i++) {
        output.writeVarInt(b.host[i], true);
        output.writeLong(b.keys[i]);
        int v = i * VALUES;
        int n = b.keys[i] == 0 ? 1 : VALUES;
        for (int j = 0; j < n; j++) output.writeVarInt(b.values[v + j], true);
      }
    }

    @Override
    public FactBatch read(Kryo kryo, Input input, Class<FactBatch> type) {
      int hostCount = input.readVarInt(true);
      List<String> hosts = new ArrayList<>(hostCount);
      for (int i = 0; i < hostCount; i++) hosts.add(input.readString());
      int size = input.readVarInt(true);
      int[] host = new int[Math.max(1, size)];
      long[] keys = new long[Math.max(1, size)];
      int[] values = new int[Math.max(1, size) * VALUES];
      for (int i = 0; i < size; i++) {
        host[i] = input.readVarInt(true);
        keys[i] = input.readLong();
        int v = i * VALUES;
        int n = keys[i] == 0 ? 1 : VALUES;
        for (int j = 0; j < n; j++) values[v + j] = input.readVarInt(true);
      }
      return new FactBatch(hosts, size, host, keys, values);
    }
  }
}
