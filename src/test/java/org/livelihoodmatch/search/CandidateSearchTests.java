package org.livelihoodmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.livelihoodmatch.search.SearchFixtures.NGO_A;
import static org.livelihoodmatch.search.SearchFixtures.PHNOM_PENH_LAT;
import static org.livelihoodmatch.search.SearchFixtures.PHNOM_PENH_LON;
import static org.livelihoodmatch.search.SearchFixtures.SIEM_REAP_LAT;
import static org.livelihoodmatch.search.SearchFixtures.SIEM_REAP_LON;
import static org.livelihoodmatch.search.SearchFixtures.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The candidates of one client's pathways, as the matching asks the index for them. */
class CandidateSearchTests {

  static final LocalDate JANUARY = LocalDate.of(2027, 1, 10);

  @TempDir Path directory;
  SearchIndex index;

  static SearchDocument vacancy(String id, String province, double lat, double lon, LocalDate on) {
    return new SearchDocument(
        SearchType.VACANCY, id, "Hairdresser", null, "hairdresser", province, lat, lon, null, on);
  }

  @BeforeEach
  void open() {
    index = SearchFixtures.openIndex(directory);
    index(
        index,
        vacancy("pp", "12", PHNOM_PENH_LAT, PHNOM_PENH_LON, JANUARY),
        vacancy("sr", "17", SIEM_REAP_LAT, SIEM_REAP_LON, JANUARY),
        vacancy("pp-early", "12", PHNOM_PENH_LAT + 0.01, PHNOM_PENH_LON, JANUARY.minusDays(30)),
        new SearchDocument(
            SearchType.TRAINING, "t", "Hair", null, "hairdresser", "12", 11.6, 104.9, null, null),
        new SearchDocument(
            SearchType.CLIENT, "c", "Hair", null, "hairdresser", "12", 11.6, 104.9, NGO_A, null),
        new SearchDocument(
            SearchType.VACANCY, "tailor", "Tailor", null, "tailor", "12", 11.6, 104.9, null, null));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void vacanciesOfTheOccupationNearestToHerHomeFirst() {
    var fromSiemReap =
        new CandidateQuery(
            SearchType.VACANCY, "hairdresser", Set.of(), null, SIEM_REAP_LAT, SIEM_REAP_LON, 10);
    assertThat(index.candidates(fromSiemReap)).containsExactly("sr", "pp-early", "pp");
  }

  @Test
  void onlyInHerProvincesStartingWhenSheCanAndAtMostTheLimit() {
    assertThat(
            index.candidates(
                new CandidateQuery(
                    SearchType.VACANCY, "hairdresser", Set.of("12"), JANUARY, null, null, 10)))
        .containsExactly("pp");
    assertThat(
            index.candidates(
                new CandidateQuery(
                    SearchType.VACANCY,
                    "hairdresser",
                    Set.of("12", "17"),
                    null,
                    PHNOM_PENH_LAT,
                    PHNOM_PENH_LON,
                    2)))
        .containsExactly("pp", "pp-early");
    assertThat(
            index.candidates(
                new CandidateQuery(
                    SearchType.TRAINING, "hairdresser", Set.of(), null, null, null, 10)))
        .containsExactly("t");
  }

  @Test
  void clientsAreNeverCandidates() {
    assertThatThrownBy(
            () ->
                new CandidateQuery(
                    SearchType.CLIENT, "hairdresser", Set.of(), null, null, null, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
