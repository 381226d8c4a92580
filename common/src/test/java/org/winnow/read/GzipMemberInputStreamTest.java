package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.winnow.read.Warcs.ascii;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class GzipMemberInputStreamTest {
  @Test
  void readsConcatenatedMembersAsOneStream() throws IOException {
    byte[] two = Warcs.concat(Warcs.gzip(ascii("hello ")), Warcs.gzip(ascii("world")));

    byte[] out = new GzipMemberInputStream(new ByteArrayInputStream(two)).readAllBytes();

    assertThat(new String(out)).isEqualTo("hello world");
  }

  @Test
  void mapsTheStartOfEachMemberToItsCompressedOffset() throws IOException {
    byte[] first = Warcs.gzip(ascii("hello "));
    var in =
        new GzipMemberInputStream(
            new ByteArrayInputStream(Warcs.concat(first, Warcs.gzip(ascii("world")))));
    in.readAllBytes();

    assertThat(in.memberAt(6)).isEqualTo(first.length);
  }

  @Test
  void saysNoMemberStartsInsideAMember() throws IOException {
    var in = new GzipMemberInputStream(new ByteArrayInputStream(Warcs.gzip(ascii("hello world"))));
    in.readAllBytes();

    assertThat(in.memberAt(3)).isEqualTo(-1);
  }

  @Test
  void throwsEofWhenTheStreamIsCutInsideAMember() throws IOException {
    byte[] gz = Warcs.gzip(ascii("hello world, hello world, hello world"));
    var in = new GzipMemberInputStream(new ByteArrayInputStream(Arrays.copyOf(gz, gz.length - 12)));

    assertThatThrownBy(in::readAllBytes).isInstanceOf(EOFException.class);
  }

  @Test
  void endsQuietlyOnZeroPaddingAfterTheLastMember() throws IOException {
    byte[] padded = Warcs.concat(Warcs.gzip(ascii("hi")), new byte[100]);

    assertThat(new GzipMemberInputStream(new ByteArrayInputStream(padded)).readAllBytes())
        .hasSize(2);
  }

  @Test
  void reportsGarbageAfterTheLastMember() throws IOException {
    byte[] junk = Warcs.concat(Warcs.gzip(ascii("hi")), ascii("junk"));

    assertThatThrownBy(
            () -> new GzipMemberInputStream(new ByteArrayInputStream(junk)).readAllBytes())
        .isInstanceOf(ZipException.class);
  }

  @Test
  void verifiesAMemberByInflatingItToAWarcRecordStart() throws IOException {
    byte[] warc = Warcs.gzip(ascii("WARC/1.0\r\nWARC-Type: warcinfo\r\n"));
    byte[] other = Warcs.gzip(ascii("filedesc://x.arc 0.0.0.0"));

    assertThat(GzipMemberInputStream.startsWarcMember(warc, warc.length)).isTrue();
    assertThat(GzipMemberInputStream.startsWarcMember(other, other.length)).isFalse();
    assertThat(GzipMemberInputStream.startsWarcMember(Arrays.copyOf(warc, 10), 10)).isFalse();
  }

  @Test
  void startsASyncingStreamAtTheFirstVerifiedMemberAfterItsOrigin() throws IOException {
    byte[] first = Warcs.gzip(ascii("WARC/1.0 one\r\n"));
    byte[] file = Warcs.concat(first, Warcs.gzip(ascii("WARC/1.0 two\r\n")));
    var in =
        GzipMemberInputStream.syncing(
            new ByteArrayInputStream(file, 3, file.length - 3), 3, file.length);

    assertThat(new String(in.readAllBytes())).isEqualTo("WARC/1.0 two\r\n");
    assertThat(in.memberAt(0)).isEqualTo(first.length);
  }

  @Test
  void resumesAtTheNextVerifiedMemberAfterCorruptData() throws IOException {
    byte[] file =
        Warcs.concat(
            Warcs.gzip(ascii("WARC/1.0 one\r\n")),
            ascii("garbage between members"),
            Warcs.gzip(ascii("WARC/1.0 two\r\n")));
    var in = new GzipMemberInputStream(new ByteArrayInputStream(file));
    in.retainForResync();
    byte[] buf = new byte[100];
    int n = in.readNBytes(buf, 0, 14);
    assertThatThrownBy(in::read).isInstanceOf(ZipException.class);

    assertThat(in.resync()).isEqualTo(n);
    assertThat(new String(in.readAllBytes())).isEqualTo("WARC/1.0 two\r\n");
  }
}
