package org.livelihoodmatch.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and validates every catalogue file into a {@link Catalogue}. Any wrong row stops loading
 * with {@code file:line: reason}: a service that plans people's livelihoods on a wrong wage floor
 * must not start.
 */
public final class CatalogueLoader {

  static final Set<String> SECTORS =
      Set.of(
          "garment",
          "services",
          "manufacturing",
          "construction",
          "agriculture",
          "retail",
          "domestic",
          "security",
          "office",
          "fishing");
  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,59}");
  private static final Pattern PROVINCE_CODE = Pattern.compile("(0[1-9]|1[0-9]|2[0-5])");
  private static final BigDecimal NBC_CAP_PERCENT_PER_MONTH = new BigDecimal("1.5");

  private final CatalogueFiles files;
  private final List<CatalogueTables.Table> tables = new ArrayList<>();

  CatalogueLoader(CatalogueFiles files) {
    this.files = files;
  }

  /** The files as the last {@link #load()} read them, for the administrator's view. */
  List<CatalogueTables.Table> tables() {
    return List.copyOf(tables);
  }

  public static Catalogue loadPackaged() {
    return new CatalogueLoader(CatalogueFiles.packaged()).load();
  }

  public Catalogue load() {
    List<Province> provinces = read("provinces.csv", ProvinceRows.HEADER, ProvinceRows::province);
    Set<String> provinceCodes = unique("provinces.csv", provinces, Province::code);
    if (provinceCodes.size() != 25) {
      throw new CatalogueException(
          "provinces.csv", 0, "has " + provinceCodes.size() + " provinces but Cambodia has 25");
    }
    List<Occupation> occupations =
        read("occupations.csv", OccupationRows.HEADER, OccupationRows::occupation);
    Set<String> occupationCodes = unique("occupations.csv", occupations, Occupation::code);
    Catalogue partial =
        new Catalogue(
            provinces,
            occupations,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    List<WageFloor> floors =
        read("wage_floors.csv", OtherRows.WAGE_FLOOR_HEADER, OtherRows::wageFloor);
    List<LivingCosts> livingCosts =
        read(
            "living_costs.csv",
            OtherRows.LIVING_COSTS_HEADER,
            row -> OtherRows.livingCosts(row, provinceCodes));
    Set<String> costed = unique("living_costs.csv", livingCosts, LivingCosts::province);
    if (!costed.equals(provinceCodes)) {
      Set<String> missing = new HashSet<>(provinceCodes);
      missing.removeAll(costed);
      throw new CatalogueException(
          "living_costs.csv", 0, "no living costs for provinces " + missing);
    }
    List<MarketDemand> demand =
        read(
            "market_demand.csv",
            OtherRows.MARKET_DEMAND_HEADER,
            row -> OtherRows.marketDemand(row, partial));
    unique("market_demand.csv", demand, MarketDemand::marketKey);
    List<MicrocreditProduct> products =
        read("microcredit_products.csv", OtherRows.MICROCREDIT_HEADER, OtherRows::microcredit);
    List<FamilyLivelihood> livelihoods =
        read(
            "family_livelihoods.csv",
            OtherRows.FAMILY_LIVELIHOOD_HEADER,
            row -> OtherRows.familyLivelihood(row, occupationCodes));
    unique("family_livelihoods.csv", livelihoods, FamilyLivelihood::code);
    Set<String> productCodes = unique("microcredit_products.csv", products, p -> p.code());
    for (FamilyLivelihood f : livelihoods) {
      if (f.microcreditProduct() != null && !productCodes.contains(f.microcreditProduct())) {
        throw new CatalogueException(
            "family_livelihoods.csv",
            0,
            "'"
                + f.code()
                + "' names microcredit_product '"
                + f.microcreditProduct()
                + "', which is not in microcredit_products.csv");
      }
    }
    List<Clinic> clinics =
        read("clinics.csv", OtherRows.CLINIC_HEADER, row -> OtherRows.clinic(row, provinceCodes));
    unique("clinics.csv", clinics, Clinic::code);
    return new Catalogue(
        provinces, occupations, floors, livingCosts, demand, products, livelihoods, clinics);
  }

  private <T> List<T> read(String file, List<String> header, Function<Row, T> mapper) {
    try (InputStream raw = files.open(file)) {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      List<T> items = new ArrayList<>();
      List<CatalogueTables.Line> lines = new ArrayList<>();
      for (Row row : CsvTable.read(file, new DigestInputStream(raw, sha256), header).rows()) {
        items.add(mapper.apply(row));
        lines.add(new CatalogueTables.Line(row.line(), List.copyOf(row.values().values())));
      }
      tables.add(
          new CatalogueTables.Table(
              file.replace(".csv", "").replace('_', '-'),
              file,
              header,
              lines,
              HexFormat.of().formatHex(sha256.digest())));
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read catalogue " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static <T> Set<String> unique(String file, List<T> items, Function<T, String> key) {
    Set<String> keys = new HashSet<>();
    for (T item : items) {
      if (!keys.add(key.apply(item))) {
        throw new CatalogueException(file, 0, "'" + key.apply(item) + "' appears twice");
      }
    }
    return keys;
  }

  static String slug(Row row, String column) {
    String value = row.text(column);
    if (!SLUG.matcher(value).matches()) {
      throw row.fail(column + " '" + value + "' is not a lowercase slug");
    }
    return value;
  }

  static String provinceCode(Row row, String column) {
    String value = row.text(column);
    if (!PROVINCE_CODE.matcher(value).matches()) {
      throw row.fail(column + " '" + value + "' is not a province code 01..25");
    }
    return value;
  }

  static BigDecimal nbcCap() {
    return NBC_CAP_PERCENT_PER_MONTH;
  }
}
