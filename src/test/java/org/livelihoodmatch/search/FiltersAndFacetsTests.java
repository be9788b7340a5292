package org.livelihoodmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.livelihoodmatch.search.SearchFixtures.PHNOM_PENH_LAT;
import static org.livelihoodmatch.search.SearchFixtures.PHNOM_PENH_LON;
import static org.livelihoodmatch.search.SearchFixtures.SIEM_REAP_LAT;
import static org.livelihoodmatch.search.SearchFixtures.SIEM_REAP_LON;
import static org.livelihoodmatch.search.SearchFixtures.ids;
import static org.livelihoodmatch.search.SearchFixtures.index;
import static org.livelihoodmatch.search.SearchFixtures.training;
import static org.livelihoodmatch.search.SearchFixtures.vacancy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiltersAndFacetsTests {

  @TempDir Path directory;
  SearchIndex index;

  @BeforeEach
  void open() {
    index = SearchFixtures.openIndex(directory);
    index(
        index,
        vacancy("v-hair-pp", "Hairdresser", "Salon in the city", "hairdresser")
            .at("12", PHNOM_PENH_LAT, PHNOM_PENH_LON),
        vacancy("v-hair-sr", "Hairdresser", "Salon near the temples", "hairdresser")
            .at("17", SIEM_REAP_LAT, SIEM_REAP_LON),
        vacancy("v-moto-pp", "Motorcycle mechanic", "Repair shop", "motorcycle-mechanic")
            .at("12", PHNOM_PENH_LAT + 0.05, PHNOM_PENH_LON),
        vacancy("v-tailor", "Tailor", "Somewhere", "tailor"),
        training("t-hair-pp", "Hairdressing, 6 months", "hairdresser")
            .at("12", PHNOM_PENH_LAT + 0.01, PHNOM_PENH_LON + 0.01),
        SearchDocument.of(
                SearchType.SELF_EMPLOYMENT, "s-hair", "Home hair salon", null, "hairdresser")
            .at("20", null, null));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void filtersByTypeProvinceAndOccupation() {
    SearchQuery all = SearchQuery.text("");
    assertThat(ids(index.search(all.withTypes(SearchType.TRAINING)))).containsExactly("t-hair-pp");
    assertThat(ids(index.search(all.withTypes(SearchType.VACANCY, SearchType.SELF_EMPLOYMENT))))
        .containsExactlyInAnyOrder("v-hair-pp", "v-hair-sr", "v-moto-pp", "v-tailor", "s-hair");
    assertThat(ids(index.search(all.filtered("12", null))))
        .containsExactlyInAnyOrder("v-hair-pp", "v-moto-pp", "t-hair-pp");
    assertThat(ids(index.search(all.filtered("12", "hairdresser"))))
        .containsExactlyInAnyOrder("v-hair-pp", "t-hair-pp");
    assertThat(ids(index.search(SearchQuery.text("hairdresser").filtered("17", null))))
        .containsExactly("v-hair-sr");
    assertThat(index.search(all.filtered("99", null)).total()).isZero();
  }

  @Test
  void facetsCountAllMatchesOfTheFilteredSearchNotOnlyThePage() {
    SearchResult result = index.search(SearchQuery.text("hairdresser").page(0, 1));
    assertThat(result.total()).isEqualTo(4);
    assertThat(result.items()).hasSize(1);
    assertThat(result.facets().get("type"))
        .isEqualTo(Map.of("VACANCY", 2L, "TRAINING", 1L, "SELF_EMPLOYMENT", 1L));
    assertThat(result.facets().get("province")).isEqualTo(Map.of("12", 2L, "17", 1L, "20", 1L));
    assertThat(result.facets().get("occupation")).isEqualTo(Map.of("hairdresser", 4L));
    // largest count first
    assertThat(result.facets().get("province").keySet()).first().isEqualTo("12");

    SearchResult inTwelve = index.search(SearchQuery.text("").filtered("12", null));
    assertThat(inTwelve.facets().get("occupation"))
        .isEqualTo(Map.of("hairdresser", 2L, "motorcycle-mechanic", 1L));
    assertThat(inTwelve.facets().get("province")).isEqualTo(Map.of("12", 3L));
  }

  @Test
  void facetsOfAnEmptyIndexAreEmpty(@TempDir Path empty) {
    try (SearchIndex fresh = SearchFixtures.openIndex(empty)) {
      SearchResult result = fresh.search(SearchQuery.text("anything"));
      assertThat(result.total()).isZero();
      assertThat(result.facets()).containsOnlyKeys("province", "occupation", "type");
      assertThat(result.facets().values()).allMatch(Map::isEmpty);
    }
  }

  @Test
  void aRadiusKeepsNearbyDocumentsAndSortsThemNearestFirst() {
    SearchResult result =
        index.search(SearchQuery.text("").near(PHNOM_PENH_LAT, PHNOM_PENH_LON, 50.0));
    assertThat(ids(result)).containsExactly("v-hair-pp", "t-hair-pp", "v-moto-pp");
    assertThat(result.items().get(0).distanceKm()).isCloseTo(0.0, within(0.01));
    assertThat(result.items().get(1).distanceKm()).isCloseTo(1.56, within(0.1));
    assertThat(result.items().get(2).distanceKm()).isCloseTo(5.56, within(0.1));

    SearchResult fromSiemReap =
        index.search(SearchQuery.text("hairdresser").near(SIEM_REAP_LAT, SIEM_REAP_LON, 400.0));
    // the intake lies a little north of the vacancy in Phnom Penh: nearer to Siem Reap
    assertThat(ids(fromSiemReap)).containsExactly("v-hair-sr", "t-hair-pp", "v-hair-pp");
    // Siem Reap to Phnom Penh is about 230 km as the crow flies
    assertThat(fromSiemReap.items().get(1).distanceKm()).isBetween(220.0, 240.0);
  }

  @Test
  void aPointWithoutRadiusSortsByDistanceAndPutsUnplacedDocumentsLast() {
    SearchResult result =
        index.search(SearchQuery.text("hairdresser").near(SIEM_REAP_LAT, SIEM_REAP_LON, null));
    assertThat(ids(result)).containsExactly("v-hair-sr", "t-hair-pp", "v-hair-pp", "s-hair");
    assertThat(result.items().get(3).distanceKm()).isNull();
    assertThat(result.items().get(0).distanceKm()).isNotNull();
  }

  @Test
  void pagesAreDisjointAndCoverAllHits() {
    List<String> seen = new ArrayList<>();
    for (int page = 0; page < 4; page++) {
      SearchResult result = index.search(SearchQuery.text("").page(page, 2));
      assertThat(result.total()).isEqualTo(6);
      seen.addAll(ids(result));
    }
    assertThat(seen).hasSize(6).doesNotHaveDuplicates();
    assertThat(index.search(SearchQuery.text("").page(0, 500)).items()).hasSize(6);
    assertThat(SearchQuery.text("").page(0, 500).size()).isEqualTo(SearchQuery.MAX_SIZE);
  }

  @Test
  void invalidQueriesAreRefused() {
    SearchQuery all = SearchQuery.text("");
    assertThatThrownBy(() -> all.page(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> all.page(100, 200)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> all.near(95, 10, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SearchQuery("", null, null, null, null, null, 5.0, null, 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
