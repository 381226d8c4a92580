package org.winnow.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostsTest {
  @Test
  void aPageWithAHostCountsUnderIt() {
    assertThat(Hosts.outletOf("example.com", "https://example.com/a", "s"))
        .isEqualTo("example.com");
  }

  @Test
  void aFileInAFolderNamedLikeASiteCountsUnderThatSite() {
    assertThat(Hosts.outletOf(null, "file:/dump/www.Example.co.uk/2024/01/a.txt", "s"))
        .isEqualTo("example.co.uk");
  }

  @Test
  void aFileOutsideSiteFoldersIsAnOutletOfItsOwn() {
    assertThat(Hosts.outletOf(null, "file:/dump/2024/a.txt", "file:/dump/2024/a.txt"))
        .isEqualTo("\u0000file:/dump/2024/a.txt");
  }

  @Test
  void aFileNamedLikeADomainIsNotItsFolder() {
    assertThat(Hosts.outletOf(null, "file:/dump/example.com.txt", "x")).isEqualTo("\u0000x");
  }

  @Test
  void aDottedFolderThatEndsInNoPublicSuffixNamesNoSite() {
    assertThat(Hosts.outletOf(null, "file:/tmp/tmp.qwertyuiop/corpus/a.txt", "x"))
        .isEqualTo("\u0000x");
    assertThat(Hosts.outletOf(null, "file:/data/crawl.backup/a.txt", "y")).isEqualTo("\u0000y");
  }

  @Test
  void aSiteFolderBelowADottedScratchFolderStillNamesTheSite() {
    assertThat(Hosts.outletOf(null, "file:/tmp/tmp.qwertyuiop/lemonde.fr/a.txt", "x"))
        .isEqualTo("lemonde.fr");
  }

  @Test
  void aPublicSuffixAloneNamesNoSite() {
    assertThat(Hosts.isSiteName("co.uk")).isFalse();
    assertThat(Hosts.isSiteName("bbc.co.uk")).isTrue();
  }

  @Test
  void onlySiteNamedOutletsAreShownAsHosts() {
    assertThat(Hosts.named("example.com")).isTrue();
    assertThat(Hosts.named("\u0000file:/dump/a.txt")).isFalse();
    assertThat(Hosts.named(null)).isFalse();
  }
}
