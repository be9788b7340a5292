package org.livelihoodmatch.search;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** Occupations, places and documents shared by the search tests. */
final class SearchFixtures {

  static final OccupationTerms MOTORCYCLE_MECHANIC =
      new OccupationTerms(
          "motorcycle-mechanic",
          List.of("motorcycle mechanic", "moto repair", "motorbike repair"),
          List.of("ជួសជុលម៉ូតូ", "ជាងម៉ូតូ"));
  static final OccupationTerms HAIRDRESSER =
      new OccupationTerms("hairdresser", List.of("hairdresser", "barber"), List.of("ជាងកាត់សក់"));
  static final OccupationTerms TAILOR =
      new OccupationTerms(
          "tailor", List.of("tailor", "dressmaker"), List.of("ជាងកាត់ដេរ", "កាត់ដេរ"));
  static final OccupationTerms SEWING =
      new OccupationTerms(
          "sewing-machine-operator",
          List.of("sewing machine operator", "garment worker"),
          List.of("កម្មករកាត់ដេរ"));

  static final OccupationTerms CONSTRUCTION =
      new OccupationTerms(
          "construction-labourer", List.of("construction worker", "building site"), List.of());

  static final List<OccupationTerms> OCCUPATIONS =
      List.of(MOTORCYCLE_MECHANIC, HAIRDRESSER, TAILOR, SEWING, CONSTRUCTION);

  static final double PHNOM_PENH_LAT = 11.5564;
  static final double PHNOM_PENH_LON = 104.9282;
  static final double SIEM_REAP_LAT = 13.3633;
  static final double SIEM_REAP_LON = 103.8564;

  static final UUID NGO_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  static final UUID NGO_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

  private SearchFixtures() {}

  static SearchIndex openIndex(Path directory) {
    return new SearchIndex(directory, OCCUPATIONS, List.of("កណ្ដាល", "ភ្នំពេញ"));
  }

  static SearchDocument vacancy(String id, String title, String description, String occupation) {
    return SearchDocument.of(SearchType.VACANCY, id, title, description, occupation);
  }

  static SearchDocument training(String id, String title, String occupation) {
    return SearchDocument.of(SearchType.TRAINING, id, title, null, occupation);
  }

  static SearchDocument client(String id, String title, UUID organisation) {
    return new SearchDocument(
        SearchType.CLIENT, id, title, null, null, "12", null, null, organisation, null);
  }

  /** Upserts and makes the documents visible at once (the tests of latency don't use this). */
  static void index(SearchIndex index, SearchDocument... documents) {
    index.upsert(List.of(documents));
    index.refresh();
  }

  static List<String> ids(SearchResult result) {
    return result.items().stream().map(SearchHit::id).toList();
  }
}
