package org.livelihoodmatch.catalogue;

import java.util.List;
import java.util.Set;

/** Maps rows of the money catalogues: wage floors, living costs, markets, loans, livelihoods. */
final class OtherRows {

  static final List<String> WAGE_FLOOR_HEADER =
      List.of("sector", "effective_from", "monthly_usd", "status", "source", "notes");
  static final List<String> LIVING_COSTS_HEADER =
      List.of(
          "province",
          "food",
          "accommodation",
          "transport",
          "other",
          "as_of",
          "status",
          "source",
          "notes");
  static final List<String> MARKET_DEMAND_HEADER =
      List.of(
          "province",
          "occupation",
          "new_businesses_per_year",
          "net_monthly_income",
          "status",
          "source",
          "notes");
  static final List<String> MICROCREDIT_HEADER =
      List.of(
          "code",
          "name",
          "lender_type",
          "min_amount",
          "max_amount",
          "monthly_rate_percent",
          "term_months",
          "purpose",
          "fund_size",
          "status",
          "source",
          "notes");
  static final List<String> FAMILY_LIVELIHOOD_HEADER =
      List.of(
          "code",
          "name_en",
          "name_km",
          "occupation",
          "capital_usd",
          "monthly_net_income",
          "months_to_first_income",
          "land_hectares_needed",
          "microcredit_product",
          "status",
          "source",
          "notes");

  private OtherRows() {}

  static WageFloor wageFloor(Row row) {
    return new WageFloor(
        row.oneOf("sector", CatalogueLoader.SECTORS),
        row.date("effective_from"),
        row.amount("monthly_usd"),
        row.provenance());
  }

  static LivingCosts livingCosts(Row row, Set<String> provinces) {
    String province = CatalogueLoader.provinceCode(row, "province");
    if (!provinces.contains(province)) {
      throw row.fail("province '" + province + "' is not in provinces.csv");
    }
    return new LivingCosts(
        province,
        row.amount("food"),
        row.amount("accommodation"),
        row.amount("transport"),
        row.amount("other"),
        row.text("as_of"),
        row.provenance());
  }

  static MarketDemand marketDemand(Row row, Catalogue catalogue) {
    String province = CatalogueLoader.provinceCode(row, "province");
    String occupation = row.text("occupation");
    Occupation known =
        catalogue
            .occupation(occupation)
            .orElseThrow(
                () -> row.fail("occupation '" + occupation + "' is not in occupations.csv"));
    if (!known.selfEmployment()) {
      throw row.fail("occupation '" + occupation + "' is not a self-employment occupation");
    }
    return new MarketDemand(
        province,
        occupation,
        row.wholeNumber("new_businesses_per_year", 0),
        row.amount("net_monthly_income"),
        row.provenance());
  }

  static MicrocreditProduct microcredit(Row row) {
    String lender = row.oneOf("lender_type", Set.of("NGO", "MFI", "GOVERNMENT"));
    var rate = row.amount("monthly_rate_percent");
    if ("MFI".equals(lender) && rate.compareTo(CatalogueLoader.nbcCap()) > 0) {
      throw row.fail(
          "monthly_rate_percent " + rate + " is above the National Bank's cap of 1.5%/month");
    }
    var min = row.amount("min_amount");
    var max = row.amount("max_amount");
    if (min.compareTo(max) > 0) {
      throw row.fail("min_amount " + min + " is above max_amount " + max);
    }
    return new MicrocreditProduct(
        CatalogueLoader.slug(row, "code"),
        row.text("name"),
        lender,
        min,
        max,
        rate,
        row.wholeNumber("term_months", 1),
        row.oneOf("purpose", Set.of("BUSINESS", "LIVESTOCK", "AGRICULTURE", "FAMILY")),
        row.amount("fund_size"),
        row.provenance());
  }

  static FamilyLivelihood familyLivelihood(Row row, Set<String> occupations) {
    String occupation = row.text("occupation");
    if (!occupations.contains(occupation)) {
      throw row.fail("occupation '" + occupation + "' is not in occupations.csv");
    }
    return new FamilyLivelihood(
        CatalogueLoader.slug(row, "code"),
        row.text("name_en"),
        row.text("name_km"),
        occupation,
        row.amount("capital_usd"),
        row.amount("monthly_net_income"),
        row.wholeNumber("months_to_first_income", 0),
        row.amount("land_hectares_needed"),
        row.optionalText("microcredit_product"),
        row.provenance());
  }

  static final List<String> CLINIC_HEADER =
      List.of("code", "province", "town", "name", "services", "status", "source", "notes");

  private static final Set<String> CLINIC_SERVICES = Set.of("ART", "VCCT");

  static Clinic clinic(Row row, Set<String> provinces) {
    String province = CatalogueLoader.provinceCode(row, "province");
    if (!provinces.contains(province)) {
      throw row.fail("province '" + province + "' is not in provinces.csv");
    }
    List<String> services = row.list("services");
    if (services.isEmpty() || !CLINIC_SERVICES.containsAll(services)) {
      throw row.fail("services " + services + " must be some of " + CLINIC_SERVICES);
    }
    return new Clinic(
        CatalogueLoader.slug(row, "code"),
        province,
        row.text("town"),
        row.text("name"),
        services,
        row.provenance());
  }
}
