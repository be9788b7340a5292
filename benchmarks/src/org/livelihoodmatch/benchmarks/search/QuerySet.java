package org.livelihoodmatch.benchmarks.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.catalogue.Province;
import org.livelihoodmatch.search.SearchQuery;
import org.livelihoodmatch.search.SearchType;

/**
 * The fixed query set (230 queries, derived from the catalogue, no randomness): what officers type
 * in English and Khmer, with everyday synonyms, plurals and typos, with and without filters,
 * browsing by facets, and near a place. A query that names an occupation is judged: its relevant
 * documents are those of that occupation (within its filters).
 */
final class QuerySet {

  /** One query; {@code occupation} is the occupation it names (null: not judged). */
  record BenchQuery(String category, String text, SearchQuery query, String occupation) {}

  private static final String[] BIG_PROVINCES = {"12", "17", "02", "08", "03", "18", "21", "14"};

  private QuerySet() {}

  static List<BenchQuery> of(Catalogue catalogue, List<UUID> ngos) {
    List<BenchQuery> queries = new ArrayList<>();
    List<Occupation> occupations = catalogue.occupations();
    for (int i = 0; i < occupations.size(); i++) {
      Occupation o = occupations.get(i);
      Province place = catalogue.province(BIG_PROVINCES[i % BIG_PROVINCES.length]).orElseThrow();
      String synonym = o.synonymsEn().get(0);
      judged(queries, "english-name", plainName(o), o);
      judged(queries, "english-synonym", o.synonymsEn().get(1 % o.synonymsEn().size()), o);
      judged(queries, "english-plural", plural(o.synonymsEn().get(2 % o.synonymsEn().size())), o);
      judged(queries, "khmer", o.synonymsKm().get(0), o);
      judged(queries, "typo", typo(o, occupations), o);
      judged(queries, "synonym+place", synonym + " " + place.nameEn(), o);
      queries.add(
          new BenchQuery(
              "filtered-province",
              synonym,
              SearchQuery.text(synonym).filtered(place.code(), null),
              o.code()));
      queries.add(
          new BenchQuery(
              "filtered-type",
              synonym,
              SearchQuery.text(synonym).withTypes(SearchType.TRAINING),
              o.code()));
      queries.add(
          new BenchQuery(
              "geography",
              synonym,
              SearchQuery.text(synonym).near(place.lat(), place.lon(), 50.0),
              o.code()));
      queries.add(
          new BenchQuery(
              "facet-browse", "", SearchQuery.text("").filtered(place.code(), o.code()), null));
    }
    for (int i = 0; i < 10; i++) {
      Occupation o = occupations.get(i * 2);
      Province place = catalogue.provinces().get(i * 2);
      judged(
          queries,
          "khmer+place",
          o.synonymsKm().get(1 % o.synonymsKm().size()) + " " + place.nameKm(),
          o);
      queries.add(
          new BenchQuery(
              "geography-browse",
              "",
              SearchQuery.text("").near(place.lat(), place.lon(), 100.0),
              null));
      queries.add(
          new BenchQuery(
              "clients",
              o.synonymsEn().get(0),
              SearchQuery.text(o.synonymsEn().get(0))
                  .withTypes(SearchType.CLIENT)
                  .by(ngos.get(i % ngos.size())),
              null));
    }
    return queries;
  }

  private static void judged(List<BenchQuery> queries, String category, String text, Occupation o) {
    queries.add(new BenchQuery(category, text, SearchQuery.text(text), o.code()));
  }

  /**
   * "Sewing machine operator (garment factory)" as an officer types it: "sewing machine operator".
   */
  static String plainName(Occupation o) {
    String name = o.nameEn().split("[(/]")[0].strip();
    return name.toLowerCase(Locale.ROOT);
  }

  static String plural(String words) {
    return words.endsWith("s") ? words : words + "s";
  }

  /**
   * The longest English word of the occupation that no other occupation uses (a typo of "factory"
   * would name sewing as much as brick making), with one letter dropped from its middle.
   */
  static String typo(Occupation o, List<Occupation> all) {
    Set<String> others =
        all.stream()
            .filter(other -> !other.code().equals(o.code()))
            .flatMap(other -> words(other).stream())
            .collect(java.util.stream.Collectors.toSet());
    String word =
        words(o).stream()
            .filter(w -> !others.contains(w))
            .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
            .orElse(plainName(o));
    int middle = word.length() / 2;
    return word.substring(0, middle) + word.substring(middle + 1);
  }

  private static Set<String> words(Occupation o) {
    return o.synonymsEn().stream()
        .flatMap(s -> Set.of(s.toLowerCase(Locale.ROOT).split("[ -]")).stream())
        .collect(java.util.stream.Collectors.toSet());
  }
}
