package org.livelihoodmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Documents read on another thread arrive complete and in order; failures cross over. */
class PrefetchedDocumentsTests {

  static SearchDocument document(int i) {
    return SearchFixtures.vacancy("v" + i, "Tailor " + i, null, "tailor");
  }

  @Test
  void everyDocumentArrivesInOrder() throws Exception {
    try (var documents =
        new PrefetchedDocuments(
            (stopped, each) -> {
              for (int i = 0; i < 1234; i++) {
                each.accept(document(i));
              }
            })) {
      List<String> ids = new ArrayList<>();
      documents.forEachRemaining(d -> ids.add(d.id()));
      assertThat(ids).hasSize(1234).startsWith("v0", "v1").endsWith("v1233");
    }
  }

  @Test
  void aFailedReadFailsTheIndexingSide() throws Exception {
    try (var documents =
        new PrefetchedDocuments(
            (stopped, each) -> {
              each.accept(document(1));
              throw new IllegalStateException("database went away");
            })) {
      assertThatThrownBy(() -> documents.forEachRemaining(d -> {}))
          .hasMessage("database went away");
    }
  }

  @Test
  void closingEarlyStopsTheReader() throws Exception {
    AtomicBoolean sawStop = new AtomicBoolean();
    AtomicInteger read = new AtomicInteger();
    var documents =
        new PrefetchedDocuments(
            (stopped, each) -> {
              while (!stopped.getAsBoolean()) {
                each.accept(document(read.getAndIncrement()));
              }
              sawStop.set(true);
            });
    assertThat(documents.next().id()).isEqualTo("v0");
    documents.close();
    assertThat(sawStop).isTrue();
    assertThat(read.get()).isLessThan(1_000_000);
  }
}
