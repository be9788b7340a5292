package org.livelihoodmatch.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.search.OccupationTerms;

class CatalogueSpellingTests {

  static final CatalogueSpelling SPELLING =
      new CatalogueSpelling(
          List.of(
              new OccupationTerms(
                  "construction-labourer",
                  List.of("construction worker", "building site"),
                  List.of("សំណង់")),
              new OccupationTerms("vegetable-grower", List.of("vegetables", "farming"), List.of()),
              new OccupationTerms("cook", List.of("cook", "kitchen"), List.of())));

  @Test
  void aMisspeltTradeWordBecomesTheCatalogueWord() {
    assertThat(SPELLING.correct("constrction")).isEqualTo("construction");
    assertThat(SPELLING.correct("vegetbles")).isEqualTo("vegetables");
    assertThat(SPELLING.correct("kitchne")).isEqualTo("kitchen"); // two letters swapped
  }

  @Test
  void theRestOfTheQueryIsKeptAsTyped() {
    assertThat(SPELLING.correct("Constrction work in ភ្នំពេញ, 2027"))
        .isEqualTo("construction work in ភ្នំពេញ, 2027");
    assertThat(SPELLING.correct("farmng and vegetbles")).isEqualTo("farming and vegetables");
  }

  @Test
  void knownShortForeignOrDistantWordsAreLeftAlone() {
    assertThat(SPELLING.correct("construction worker")).isEqualTo("construction worker");
    assertThat(SPELLING.correct("coo")).isEqualTo("coo"); // too short to tell
    assertThat(SPELLING.correct("astronaut")).isEqualTo("astronaut");
    assertThat(SPELLING.correct("hook")).isEqualTo("hook"); // the first letter must match
    assertThat(SPELLING.correct("សំណង")).isEqualTo("សំណង");
    assertThat(SPELLING.correct("")).isEmpty();
  }

  @Test
  void longerWordsMayBeTwoEditsAwayShorterOnlyOne() {
    assertThat(SPELLING.correct("constrcton")).isEqualTo("construction");
    assertThat(SPELLING.correct("kitchn")).isEqualTo("kitchen");
    assertThat(SPELLING.correct("kitcn")).isEqualTo("kitcn");
  }

  @Test
  void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
    assertThat(CatalogueSpelling.distance("kitchen", "kitchen", 2)).isZero();
    assertThat(CatalogueSpelling.distance("kitchn", "kitchen", 2)).isEqualTo(1);
    assertThat(CatalogueSpelling.distance("kitchne", "kitchen", 2)).isEqualTo(1);
    assertThat(CatalogueSpelling.distance("kotchen", "kitchen", 2)).isEqualTo(1);
    assertThat(CatalogueSpelling.distance("kotchan", "kitchen", 2)).isEqualTo(2);
    assertThat(CatalogueSpelling.distance("kxtxhxn", "kitchen", 2)).isEqualTo(3);
  }
}
