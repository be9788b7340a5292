package org.livelihoodmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.livelihoodmatch.search.SearchFixtures.NGO_A;
import static org.livelihoodmatch.search.SearchFixtures.client;
import static org.livelihoodmatch.search.SearchFixtures.ids;
import static org.livelihoodmatch.search.SearchFixtures.index;
import static org.livelihoodmatch.search.SearchFixtures.training;
import static org.livelihoodmatch.search.SearchFixtures.vacancy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLifecycleTests {

  @TempDir Path directory;
  SearchIndex index;

  @BeforeEach
  void open() {
    index = SearchFixtures.openIndex(directory);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<String> find(String q) {
    return ids(index.search(SearchQuery.text(q)));
  }

  @Test
  void anUpsertBecomesVisibleWithinOneSecondWithoutAnExplicitRefresh() {
    index.upsert(List.of(vacancy("v1", "Hairdresser", null, "hairdresser")));
    await().atMost(Duration.ofSeconds(10)).until(() -> find("hairdresser").contains("v1"));

    index.upsert(List.of(vacancy("v1", "Baker", null, null)));
    await().atMost(Duration.ofSeconds(10)).until(() -> find("baker").contains("v1"));
    assertThat(find("hairdresser")).isEmpty();
  }

  @Test
  void anUpsertReplacesTheDocumentOfTheSameTypeAndId() {
    index(index, vacancy("x", "Hairdresser", null, null), training("x", "Hairdresser", null));
    index(index, vacancy("x", "Hairdresser wanted", null, null));
    SearchResult result = index.search(SearchQuery.text("hairdresser"));
    assertThat(result.total()).isEqualTo(2);
    assertThat(result.items())
        .extracting(SearchHit::type, SearchHit::title)
        .containsExactlyInAnyOrder(
            tuple(SearchType.VACANCY, "Hairdresser wanted"),
            tuple(SearchType.TRAINING, "Hairdresser"));
  }

  @Test
  void aDeleteMakesTheDocumentDisappear() {
    index(
        index, vacancy("v1", "Hairdresser", null, null), vacancy("v2", "Hairdresser", null, null));
    assertThat(index.count(SearchType.VACANCY)).isEqualTo(2);

    index.delete(SearchType.VACANCY, "v1");
    index.delete(SearchType.TRAINING, "v2"); // another type: nothing to delete
    index.refresh();

    assertThat(find("hairdresser")).containsExactly("v2");
    assertThat(index.count(SearchType.VACANCY)).isEqualTo(1);
  }

  @Test
  void theSchemaVersionAndCountsAreReadableAfterReopening() {
    index(
        index,
        vacancy("v1", "Hairdresser", null, null),
        vacancy("v2", "Tailor", null, null),
        training("t1", "Sewing course", null),
        client("c1", "Client", NGO_A));
    index.close();

    index = SearchFixtures.openIndex(directory);
    IndexStatus status = index.startupStatus();
    assertThat(status.present()).isTrue();
    assertThat(status.schemaVersion()).isEqualTo(SearchIndex.SCHEMA_VERSION);
    assertThat(status.cleanShutdown()).isTrue();
    assertThat(status.counts())
        .containsEntry(SearchType.VACANCY, 2L)
        .containsEntry(SearchType.TRAINING, 1L)
        .containsEntry(SearchType.CLIENT, 1L)
        .containsEntry(SearchType.SELF_EMPLOYMENT, 0L);
    assertThat(index.schemaVersion()).isEqualTo(SearchIndex.SCHEMA_VERSION);
    assertThat(index.needsRebuild(status.counts())).isFalse();
    assertThat(index.needsRebuild(Map.of(SearchType.VACANCY, 2L, SearchType.TRAINING, 1L)))
        .as("the database has no client any more")
        .isTrue();
    assertThat(find("tailor")).containsExactly("v2");
  }

  @Test
  void aMissingIndexNeedsRebuilding() {
    assertThat(index.startupStatus().present()).isFalse();
    assertThat(index.needsRebuild(Map.of())).isTrue();
    index.close();
    index = SearchFixtures.openIndex(directory);
    assertThat(index.startupStatus().present()).isTrue();
    assertThat(index.needsRebuild(Map.of())).isFalse();
  }

  @Test
  void otherOccupationTermsNeedRebuilding() {
    index(index, vacancy("v1", "Hairdresser", null, "hairdresser"));
    index.close();
    index = new SearchIndex(directory, List.of(SearchFixtures.HAIRDRESSER));
    assertThat(index.needsRebuild(Map.of(SearchType.VACANCY, 1L))).isTrue();
    assertThat(index.startupStatus().countsEqual(Map.of(SearchType.VACANCY, 1L))).isTrue();
  }

  @Test
  void aSecondIndexOnTheSameDirectoryIsRefused() {
    index(index, vacancy("v1", "Hairdresser", null, null));
    assertThatThrownBy(() -> SearchFixtures.openIndex(directory))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot open the search index");
    assertThat(find("hairdresser")).containsExactly("v1");
  }

  @Test
  void aClosedIndexRefusesWork() {
    index.close();
    assertThatThrownBy(() -> index.search(SearchQuery.text("")))
        .isInstanceOf(IllegalStateException.class);
    index.close(); // closing twice is harmless
  }
}
