package org.livelihoodmatch.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What the application gives the index for one searchable thing: a vacancy, a training intake, a
 * self-employment option or a client. The index keeps one document per ({@link #type}, {@link
 * #id}); upserting the same pair again replaces it.
 *
 * @param type what the document stands for
 * @param id the application's id (e.g. a UUID as text), unique within the type
 * @param title short name shown in results; weighs most in text search
 * @param description longer text searched with less weight and used for snippets (may be null)
 * @param occupation occupation code from the catalogue, e.g. {@code hairdresser} (may be null)
 * @param province two-digit province code "01".."25" (may be null)
 * @param lat latitude of the place, in degrees (null when unknown; then {@code lon} is null too)
 * @param lon longitude of the place, in degrees (null when unknown)
 * @param organisationId the owning organisation; required for {@link SearchType#CLIENT} documents,
 *     which are only ever returned to that organisation
 * @param startDate when an intake or job starts (may be null)
 * @param closingDate the last day a vacancy takes applications (null: until its places are filled)
 */
public record SearchDocument(
    SearchType type,
    String id,
    String title,
    String description,
    String occupation,
    String province,
    Double lat,
    Double lon,
    UUID organisationId,
    LocalDate startDate,
    LocalDate closingDate) {

  public SearchDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (type == SearchType.CLIENT && organisationId == null) {
      throw new IllegalArgumentException("a CLIENT document needs its organisationId");
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon go together: both or neither");
    }
    if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
      throw new IllegalArgumentException("lat/lon out of range: " + lat + "," + lon);
    }
    title = title == null ? "" : title;
    occupation = blankToNull(occupation);
    province = blankToNull(province);
  }

  /** A document that takes applications until it is filled. */
  public SearchDocument(
      SearchType type,
      String id,
      String title,
      String description,
      String occupation,
      String province,
      Double lat,
      Double lon,
      UUID organisationId,
      LocalDate startDate) {
    this(
        type,
        id,
        title,
        description,
        occupation,
        province,
        lat,
        lon,
        organisationId,
        startDate,
        null);
  }

  /** A document without place, organisation or start date; handy for tests and simple callers. */
  public static SearchDocument of(
      SearchType type, String id, String title, String description, String occupation) {
    return new SearchDocument(
        type, id, title, description, occupation, null, null, null, null, null);
  }

  /** This document placed in {@code province} at ({@code lat}, {@code lon}). */
  public SearchDocument at(String province, Double lat, Double lon) {
    return new SearchDocument(
        type,
        id,
        title,
        description,
        occupation,
        province,
        lat,
        lon,
        organisationId,
        startDate,
        closingDate);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
