package org.livelihoodmatch.search;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.system.Validation;

/**
 * The parameters of a search as the API and the search page receive them (text), checked all at
 * once: every bad one is named in a single {@code 400}, never a {@code 500}.
 *
 * <p>The OpenAPI annotations describe each parameter for the API description (the controller binds
 * the record with {@code @ParameterObject}); lat, lon and the paging numbers are received as text
 * so that a bad one is named in the {@code 400} rather than failing the binding.
 *
 * @param type one type name or several separated by commas (absent: all but clients)
 */
public record SearchParameters(
    @Parameter(description = "Free text in English or Khmer") String q,
    @Parameter(
            description =
                "VACANCY, TRAINING, SELF_EMPLOYMENT or CLIENT, or several separated by commas;"
                    + " absent: all but clients")
        String type,
    @Parameter(description = "Province code, such as 12") String province,
    @Parameter(description = "Occupation code, such as hairdresser") String occupation,
    @Parameter(description = "Latitude of the centre", schema = @Schema(type = "number"))
        String lat,
    @Parameter(description = "Longitude of the centre", schema = @Schema(type = "number"))
        String lon,
    @Parameter(
            description = "Distance from lat and lon in kilometres",
            schema = @Schema(type = "number"))
        String radiusKm,
    @Parameter(description = "Page number from 0", schema = @Schema(type = "integer")) String page,
    @Parameter(description = "Hits per page", schema = @Schema(type = "integer")) String size) {

  static final int MAX_TEXT = 200;
  static final double MAX_RADIUS_KM = 1000;

  /** The same parameters with another page size (the page shows a fixed number of cards). */
  public SearchParameters withSize(String pageSize) {
    return new SearchParameters(q, type, province, occupation, lat, lon, radiusKm, page, pageSize);
  }

  /** The query these parameters ask for, or an {@code InvalidInputException} naming each field. */
  public SearchQuery toQuery(Catalogue catalogue) {
    Validation.Problems problems = new Validation.Problems();
    String text = q == null ? "" : q.strip();
    if (text.length() > MAX_TEXT) {
      problems.add("q", "must be at most " + MAX_TEXT + " characters");
    }
    Set<SearchType> types = types(problems);
    catalogue.addFilterProblems(problems, province, occupation);
    String provinceCode = blankToNull(province);
    String occupationCode = blankToNull(occupation);
    Double latitude = number(problems, "lat", lat, -90, 90);
    Double longitude = number(problems, "lon", lon, -180, 180);
    Double radius = number(problems, "radiusKm", radiusKm, 0, MAX_RADIUS_KM);
    if (radius != null && radius <= 0) {
      problems.add("radiusKm", "must be more than 0");
    }
    if ((latitude == null) != (longitude == null) && !problems.has("lat") && !problems.has("lon")) {
      problems.add(latitude == null ? "lat" : "lon", "lat and lon go together: give both");
    }
    if (radius != null && (blankToNull(lat) == null || blankToNull(lon) == null)) {
      problems.add("radiusKm", "needs lat and lon");
    }
    Double pageNumber = number(problems, "page", page, 0, Integer.MAX_VALUE);
    Double pageSize = number(problems, "size", size, 1, SearchQuery.MAX_SIZE);
    int p = pageNumber == null ? 0 : pageNumber.intValue();
    int s = pageSize == null ? SearchQuery.DEFAULT_SIZE : pageSize.intValue();
    if ((pageNumber != null && pageNumber % 1 != 0) || (pageSize != null && pageSize % 1 != 0)) {
      problems.add(pageNumber != null && pageNumber % 1 != 0 ? "page" : "size", "must be whole");
    }
    if (!problems.has("page") && (long) p * s + s > SearchQuery.MAX_WINDOW) {
      problems.add("page", "cannot page beyond the first " + SearchQuery.MAX_WINDOW + " hits");
    }
    problems.throwIfAny();
    return new SearchQuery(
        text, types, provinceCode, occupationCode, latitude, longitude, radius, null, p, s);
  }

  private Set<SearchType> types(Validation.Problems problems) {
    Set<SearchType> types = EnumSet.noneOf(SearchType.class);
    if (blankToNull(type) == null) {
      return types;
    }
    for (String name : type.split(",")) {
      try {
        types.add(SearchType.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        problems.add("type", "must be VACANCY, TRAINING, SELF_EMPLOYMENT or CLIENT");
      }
    }
    return types;
  }

  private static Double number(
      Validation.Problems problems, String field, String value, double min, double max) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    double number;
    try {
      number = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      problems.add(field, "'" + text + "' is not a number");
      return null;
    }
    if (!(number >= min && number <= max)) {
      problems.add(field, "must be between " + plain(min) + " and " + plain(max));
      return null;
    }
    return number;
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
