package org.livelihoodmatch.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The names and everyday synonyms of one occupation in English and Khmer, given to the search index
 * by the application (from the occupations catalogue). All terms of one occupation are treated as
 * equivalent at query time, and the occupation code itself becomes a query term, so a search for
 * "moto repair" or "ជួសជុលម៉ូតូ" finds documents of occupation {@code motorcycle-mechanic}.
 *
 * @param occupationCode the catalogue slug, e.g. {@code motorcycle-mechanic}
 * @param termsEn English names and synonyms, e.g. "motorcycle mechanic", "moto repair"
 * @param termsKm Khmer names and synonyms, e.g. "ជួសជុលម៉ូតូ", "ជាងម៉ូតូ"
 */
public record OccupationTerms(String occupationCode, List<String> termsEn, List<String> termsKm) {

  public OccupationTerms {
    Objects.requireNonNull(occupationCode, "occupationCode");
    if (occupationCode.isBlank()) {
      throw new IllegalArgumentException("occupationCode must not be blank");
    }
    termsEn = termsEn == null ? List.of() : List.copyOf(termsEn);
    termsKm = termsKm == null ? List.of() : List.copyOf(termsKm);
  }

  /**
   * All terms of this occupation: the English and Khmer terms plus the code read as words
   * ("motorcycle-mechanic" as "motorcycle mechanic"), without blanks.
   */
  public List<String> allTerms() {
    return Stream.concat(
            Stream.of(occupationCode.replace('-', ' ')),
            Stream.concat(termsEn.stream(), termsKm.stream()))
        .filter(term -> term != null && !term.isBlank())
        .distinct()
        .toList();
  }
}
