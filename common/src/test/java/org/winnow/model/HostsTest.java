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
  void onlySiteNamedOutletsAreShownAsHosts() {
    assertThat(Hosts.named("example.com")).isTrue();
    assertThat(Hosts.named("\u0000file:/dump/a.txt")).isFalse();
    assertThat(Hosts.named(null)).isFalse();
  }
}
