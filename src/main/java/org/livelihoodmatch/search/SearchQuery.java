package org.livelihoodmatch.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A search as the officer's page or the API asks it.
 *
 * @param q free text in English and/or Khmer; blank means everything (within the filters)
 * @param types which types to return; empty means all but {@link SearchType#CLIENT}. Clients are
 *     returned only when this contains CLIENT, and then only those of {@code organisationId}
 * @param province only documents of this province code (null: any)
 * @param occupation only documents of this occupation code (null: any)
 * @param lat latitude of the point to measure from (with {@code lon}); hits are then sorted nearest
 *     first and carry their distance; documents without a place come last
 * @param lon longitude of that point
 * @param radiusKm only documents within this distance of the point (needs lat and lon)
 * @param organisationId the caller's organisation: the only one whose clients may be returned
 * @param page zero-based page number
 * @param size page size, 1..{@value #MAX_SIZE} (0 means {@value #DEFAULT_SIZE}; larger is capped)
 * @param openOn leave out the vacancies whose applications closed before this day (null: keep them)
 */
public record SearchQuery(
    String q,
    Set<SearchType> types,
    String province,
    String occupation,
    Double lat,
    Double lon,
    Double radiusKm,
    UUID organisationId,
    int page,
    int size,
    LocalDate openOn) {

  /** The page size when none is given. */
  public static final int DEFAULT_SIZE = 20;

  /** The largest page size. */
  public static final int MAX_SIZE = 200;

  /** How deep paging may go (page × size + size), to bound the cost of one search. */
  public static final int MAX_WINDOW = 10_000;

  /** A search that keeps closed vacancies (see {@link #stillOpenOn}). */
  public SearchQuery(
      String q,
      Set<SearchType> types,
      String province,
      String occupation,
      Double lat,
      Double lon,
      Double radiusKm,
      UUID organisationId,
      int page,
      int size) {
    this(q, types, province, occupation, lat, lon, radiusKm, organisationId, page, size, null);
  }

  public SearchQuery {
    q = q == null ? "" : q.strip();
    types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    province = blankToNull(province);
    occupation = blankToNull(occupation);
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon go together: both or neither");
    }
    if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
      throw new IllegalArgumentException("lat/lon out of range: " + lat + "," + lon);
    }
    if (radiusKm != null && (lat == null || !(radiusKm > 0))) {
      throw new IllegalArgumentException("radiusKm needs lat and lon and must be positive");
    }
    if (page < 0 || size < 0) {
      throw new IllegalArgumentException("page and size must not be negative");
    }
    size = size == 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    if ((long) page * size + size > MAX_WINDOW) {
      throw new IllegalArgumentException("cannot page beyond the first " + MAX_WINDOW + " hits");
    }
  }

  /** A text search of all public types, first page of the default size. */
  public static SearchQuery text(String q) {
    return new SearchQuery(q, Set.of(), null, null, null, null, null, null, 0, DEFAULT_SIZE);
  }

  /** The same search restricted to {@code types}. */
  public SearchQuery withTypes(SearchType... types) {
    Set<SearchType> set = types.length == 0 ? Set.of() : EnumSet.of(types[0], types);
    return new SearchQuery(
        q, set, province, occupation, lat, lon, radiusKm, organisationId, page, size, openOn);
  }

  /** The same search on behalf of {@code organisationId} (whose clients it may see). */
  public SearchQuery by(UUID organisationId) {
    return new SearchQuery(
        q, types, province, occupation, lat, lon, radiusKm, organisationId, page, size, openOn);
  }

  /** The same search within one province and/or occupation (null: any). */
  public SearchQuery filtered(String province, String occupation) {
    return new SearchQuery(
        q, types, province, occupation, lat, lon, radiusKm, organisationId, page, size, openOn);
  }

  /** The same search measured from a point, optionally within {@code radiusKm}. */
  public SearchQuery near(double lat, double lon, Double radiusKm) {
    return new SearchQuery(
        q, types, province, occupation, lat, lon, radiusKm, organisationId, page, size, openOn);
  }

  /** The same search, another page. */
  public SearchQuery page(int page, int size) {
    return new SearchQuery(
        q, types, province, occupation, lat, lon, radiusKm, organisationId, page, size, openOn);
  }

  /** The same search without the vacancies that stopped taking applications before {@code day}. */
  public SearchQuery stillOpenOn(LocalDate day) {
    return new SearchQuery(
        q, types, province, occupation, lat, lon, radiusKm, organisationId, page, size, day);
  }

  /** The types to search: {@link #types}, or all but CLIENT when empty. */
  Set<SearchType> effectiveTypes() {
    return types.isEmpty()
        ? EnumSet.of(SearchType.VACANCY, SearchType.TRAINING, SearchType.SELF_EMPLOYMENT)
        : EnumSet.copyOf(types);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
