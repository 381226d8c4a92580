package org.winnow.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SniffTest {
  @Test
  void readsTheMediaTypeBeforeItsParameters() {
    assertThat(Sniff.mimeType(" Text/HTML ; charset=UTF-8")).isEqualTo("text/html");
  }

  @Test
  void readsTheMediaTypeOfALineWithAnotherHeaderRunIntoIt() {
    assertThat(Sniff.mimeType("text/html Last-modified: Sat,10 Aug 1996")).isEqualTo("text/html");
  }

  @Test
  void readsTheFirstOfRepeatedContentTypes() {
    assertThat(Sniff.mimeType("text/html, text/html; charset=utf-8")).isEqualTo("text/html");
  }

  @Test
  void readsAQuotedCharset() {
    assertThat(Sniff.charset("text/html; charset=\"EUC-JP\"")).isEqualTo("EUC-JP");
  }

  @Test
  void sniffsHtmlAfterAByteOrderMarkAndBlanks() {
    byte[] page = Warcs.utf8("\uFEFF\n  <!doctype html><title>x</title>");

    assertThat(Sniff.looksLikeHtml(page, page.length)).isTrue();
  }

  @Test
  void doesNotTakeJsonForHtml() {
    byte[] json = Warcs.utf8("{\"html\":\"<html>\"}");

    assertThat(Sniff.looksLikeHtml(json, json.length)).isFalse();
  }
}
