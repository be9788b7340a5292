package org.livelihoodmatch.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A question the matching asks the index for one client: the ids of the vacancies or intakes of one
 * occupation in the provinces she may work in, starting no earlier than she can, nearest to her
 * home first, at most {@code limit} of them. Never for clients.
 *
 * @param type {@link SearchType#VACANCY} or {@link SearchType#TRAINING}
 * @param occupation occupation code the documents must have
 * @param provinces province codes allowed (empty: any)
 * @param startsOnOrAfter earliest start date (null: any)
 * @param lat latitude of her home, to sort by distance (null: no order by distance)
 * @param lon longitude of her home
 * @param limit how many ids at most, 1..{@value SearchQuery#MAX_WINDOW}
 * @param openOn leave out the vacancies whose applications closed before this day (null: keep them)
 */
public record CandidateQuery(
    SearchType type,
    String occupation,
    Set<String> provinces,
    LocalDate startsOnOrAfter,
    Double lat,
    Double lon,
    int limit,
    LocalDate openOn) {

  /** A question that keeps closed vacancies. */
  public CandidateQuery(
      SearchType type,
      String occupation,
      Set<String> provinces,
      LocalDate startsOnOrAfter,
      Double lat,
      Double lon,
      int limit) {
    this(type, occupation, provinces, startsOnOrAfter, lat, lon, limit, null);
  }

  public CandidateQuery {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occupation, "occupation");
    if (type == SearchType.CLIENT) {
      throw new IllegalArgumentException("clients are never candidates");
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon go together: both or neither");
    }
    if (limit < 1 || limit > SearchQuery.MAX_WINDOW) {
      throw new IllegalArgumentException("limit must be 1.." + SearchQuery.MAX_WINDOW);
    }
    provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
  }
}
