package org.livelihoodmatch.catalogue;

import java.util.List;

/** Maps rows of {@code provinces.csv}. */
final class ProvinceRows {

  static final List<String> HEADER =
      List.of("code", "name_en", "name_km", "lat", "lon", "status", "source");

  private ProvinceRows() {}

  static Province province(Row row) {
    return new Province(
        CatalogueLoader.provinceCode(row, "code"),
        row.text("name_en"),
        row.text("name_km"),
        row.coordinate("lat", 9.5, 15.0),
        row.coordinate("lon", 102.0, 108.0),
        row.provenance());
  }
}
