package org.livelihoodmatch.catalogue;

import java.util.List;

/** Maps rows of {@code occupations.csv}. */
final class OccupationRows {

  static final List<String> HEADER =
      List.of(
          "code",
          "isco08",
          "name_en",
          "name_km",
          "sector",
          "hazardous_for_minors",
          "self_employment",
          "market_wage_usd",
          "startup_capital_usd",
          "synonyms_en",
          "synonyms_km",
          "status",
          "source",
          "notes");

  private OccupationRows() {}

  static Occupation occupation(Row row) {
    String isco = row.text("isco08");
    if (!isco.matches("\\d{4}")) {
      throw row.fail("isco08 '" + isco + "' is not a 4-digit ISCO-08 unit group");
    }
    var wage = row.amount("market_wage_usd");
    if (wage.signum() == 0) {
      throw row.fail("market_wage_usd must be positive");
    }
    boolean selfEmployment = row.flag("self_employment");
    java.math.BigDecimal capital = null;
    if (selfEmployment) {
      capital = row.amount("startup_capital_usd");
    } else if (row.optionalText("startup_capital_usd") != null) {
      throw row.fail("startup_capital_usd is only for self-employment occupations");
    }
    return new Occupation(
        CatalogueLoader.slug(row, "code"),
        isco,
        row.text("name_en"),
        row.text("name_km"),
        row.oneOf("sector", CatalogueLoader.SECTORS),
        row.flag("hazardous_for_minors"),
        selfEmployment,
        wage,
        capital,
        row.list("synonyms_en"),
        row.list("synonyms_km"),
        row.provenance());
  }
}
