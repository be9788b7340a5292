package org.livelihoodmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.livelihoodmatch.search.SearchFixtures.NGO_A;
import static org.livelihoodmatch.search.SearchFixtures.NGO_B;
import static org.livelihoodmatch.search.SearchFixtures.client;
import static org.livelihoodmatch.search.SearchFixtures.ids;
import static org.livelihoodmatch.search.SearchFixtures.index;
import static org.livelihoodmatch.search.SearchFixtures.vacancy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientIsolationTests {

  @TempDir Path directory;
  SearchIndex index;

  @BeforeEach
  void open() {
    index = SearchFixtures.openIndex(directory);
    index(
        index,
        client("c-a", "Client wants hairdresser work", NGO_A),
        client("c-b", "Client wants hairdresser work", NGO_B),
        vacancy("v", "Hairdresser", null, "hairdresser"));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void clientsAreNotReturnedUnlessAskedFor() {
    SearchResult result = index.search(SearchQuery.text("hairdresser").by(NGO_A));
    assertThat(ids(result)).containsExactly("v");
    assertThat(result.facets().get("type")).isEqualTo(Map.of("VACANCY", 1L));
    assertThat(index.search(SearchQuery.text("").by(NGO_A)).total()).isEqualTo(1);
  }

  @Test
  void anOrganisationSeesOnlyItsOwnClients() {
    SearchQuery clients = SearchQuery.text("hairdresser").withTypes(SearchType.CLIENT);
    assertThat(ids(index.search(clients.by(NGO_A)))).containsExactly("c-a");
    assertThat(ids(index.search(clients.by(NGO_B)))).containsExactly("c-b");
    assertThat(ids(index.search(SearchQuery.text("").withTypes(SearchType.CLIENT).by(NGO_B))))
        .containsExactly("c-b");
  }

  @Test
  void clientsAndVacanciesTogetherStillHideOtherOrganisations() {
    SearchResult result =
        index.search(
            SearchQuery.text("hairdresser")
                .withTypes(SearchType.CLIENT, SearchType.VACANCY)
                .by(NGO_A));
    assertThat(ids(result)).containsExactlyInAnyOrder("c-a", "v");
    assertThat(result.facets().get("type")).isEqualTo(Map.of("CLIENT", 1L, "VACANCY", 1L));
  }

  @Test
  void withoutAnOrganisationNoClientIsReturned() {
    assertThat(index.search(SearchQuery.text("").withTypes(SearchType.CLIENT)).total()).isZero();
  }

  @Test
  void aClientDocumentMustNameItsOrganisation() {
    assertThatThrownBy(() -> client("c-x", "No owner", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
