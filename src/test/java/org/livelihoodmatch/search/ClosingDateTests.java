package org.livelihoodmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livelihoodmatch.search.SearchFixtures.PHNOM_PENH_LAT;
import static org.livelihoodmatch.search.SearchFixtures.PHNOM_PENH_LON;
import static org.livelihoodmatch.search.SearchFixtures.ids;
import static org.livelihoodmatch.search.SearchFixtures.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vacancy whose applications closed is left out at query time: the day after its closing date
 * neither the search nor the candidates of a client's matches have it, with no change to the index;
 * on its closing day it is still there, and one without a closing date stays until it is filled.
 */
class ClosingDateTests {

  static final LocalDate CLOSING = LocalDate.of(2027, 1, 20);

  @TempDir Path directory;
  SearchIndex index;

  static SearchDocument vacancy(String id, LocalDate closing) {
    return new SearchDocument(
        SearchType.VACANCY,
        id,
        "Hairdresser",
        null,
        "hairdresser",
        "12",
        PHNOM_PENH_LAT,
        PHNOM_PENH_LON,
        null,
        CLOSING.plusMonths(1),
        closing);
  }

  @BeforeEach
  void open() {
    index = SearchFixtures.openIndex(directory);
    index(
        index,
        vacancy("closes", CLOSING),
        vacancy("later", CLOSING.plusDays(1)),
        vacancy("never", null),
        new SearchDocument(
            SearchType.TRAINING, "t", "Hair", null, "hairdresser", "12", 11.6, 104.9, null, null));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void theSearchLeavesOutWhatClosedBeforeItsDay() {
    SearchQuery hair = SearchQuery.text("hairdresser");
    assertThat(ids(index.search(hair.stillOpenOn(CLOSING))))
        .containsExactlyInAnyOrder("closes", "later", "never", "t");
    assertThat(ids(index.search(hair.stillOpenOn(CLOSING.plusDays(1)))))
        .containsExactlyInAnyOrder("later", "never", "t");
    assertThat(ids(index.search(hair.stillOpenOn(CLOSING.plusYears(5)))))
        .containsExactlyInAnyOrder("never", "t");
    // the total counts what is found, not what closed
    assertThat(index.search(hair.stillOpenOn(CLOSING.plusDays(1))).total()).isEqualTo(3);
    // without a day (the index's own callers, e.g. its maintenance) everything is there
    assertThat(ids(index.search(hair))).hasSize(4);
  }

  @Test
  void theCandidatesOfMatchesLeaveOutWhatClosedBeforeTheirDay() {
    assertThat(index.candidates(candidates(CLOSING)))
        .containsExactlyInAnyOrder("closes", "later", "never");
    assertThat(index.candidates(candidates(CLOSING.plusDays(1))))
        .containsExactlyInAnyOrder("later", "never");
    assertThat(index.candidates(candidates(null))).hasSize(3);
  }

  private static CandidateQuery candidates(LocalDate openOn) {
    return new CandidateQuery(
        SearchType.VACANCY,
        "hairdresser",
        Set.of("12"),
        null,
        PHNOM_PENH_LAT,
        PHNOM_PENH_LON,
        10,
        openOn);
  }
}
