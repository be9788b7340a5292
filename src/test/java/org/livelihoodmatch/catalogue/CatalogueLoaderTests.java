package org.livelihoodmatch.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTests {

  private static final Path SHIPPED = Path.of("catalogues");

  @Test
  void theShippedCataloguesLoad() {
    Catalogue catalogue = new CatalogueLoader(CatalogueFiles.directory(SHIPPED)).load();
    assertThat(catalogue.provinces()).hasSize(25);
    assertThat(catalogue.province("12").orElseThrow().nameEn()).isEqualTo("Phnom Penh");
    assertThat(catalogue.occupations()).hasSizeGreaterThanOrEqualTo(17);
    assertThat(catalogue.occupation("motorcycle-mechanic").orElseThrow().synonymsEn())
        .contains("motorbike repair", "moto repair");
    assertThat(catalogue.wageFloor("garment", LocalDate.of(2026, 3, 1)).orElseThrow().monthlyWage())
        .isEqualByComparingTo("210");
    assertThat(catalogue.wageFloor("garment", LocalDate.of(2025, 6, 1)).orElseThrow().monthlyWage())
        .isEqualByComparingTo("208");
    assertThat(catalogue.wageFloor("services", LocalDate.of(2026, 3, 1))).isEmpty();
    assertThat(catalogue.livingCosts()).hasSize(25);
    assertThat(catalogue.microcreditProducts())
        .filteredOn(p -> p.lenderType().equals("MFI"))
        .allSatisfy(
            p ->
                assertThat(p.monthlyRatePercent())
                    .isLessThanOrEqualTo(new java.math.BigDecimal("1.5")));
    assertThat(catalogue.occupations())
        .filteredOn(Occupation::selfEmployment)
        .allSatisfy(o -> assertThat(o.startupCapital()).isNotNull());
  }

  @Test
  void everyRowNamesItsSource() {
    Catalogue catalogue = new CatalogueLoader(CatalogueFiles.directory(SHIPPED)).load();
    assertThat(catalogue.marketDemand())
        .allSatisfy(m -> assertThat(m.provenance().source()).isNotBlank());
    assertThat(catalogue.livingCosts())
        .allSatisfy(m -> assertThat(m.provenance().source()).isNotBlank());
  }

  @Test
  void aBadNumberStopsLoadingWithFileLineAndReason(@TempDir Path dir) throws IOException {
    copyShipped(dir);
    Path costs = dir.resolve("living_costs.csv");
    var lines = Files.readAllLines(costs);
    String third = lines.get(2);
    lines.set(2, third.replaceFirst("^(\\d\\d),[^,]+,", "$1,lots,"));
    Files.write(costs, lines);
    assertThatThrownBy(() -> new CatalogueLoader(CatalogueFiles.directory(dir)).load())
        .isInstanceOf(CatalogueException.class)
        .hasMessage("living_costs.csv:3: food is 'lots', not a number");
  }

  @Test
  void anUnknownOccupationInTheMarketsIsRefused(@TempDir Path dir) throws IOException {
    copyShipped(dir);
    Path demand = dir.resolve("market_demand.csv");
    var lines = Files.readAllLines(demand);
    lines.set(1, lines.get(1).replaceFirst("^(\\d\\d),[a-z-]+,", "$1,astronaut,"));
    Files.write(demand, lines);
    assertThatThrownBy(() -> new CatalogueLoader(CatalogueFiles.directory(dir)).load())
        .hasMessage("market_demand.csv:2: occupation 'astronaut' is not in occupations.csv");
  }

  @Test
  void anMfiRateAboveTheCentralBankCapIsRefused(@TempDir Path dir) throws IOException {
    copyShipped(dir);
    Path loans = dir.resolve("microcredit_products.csv");
    var lines = Files.readAllLines(loans);
    int row = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).contains(",MFI,")) {
        row = i;
        break;
      }
    }
    String[] cells = lines.get(row).split(",", -1);
    // code,name,lender_type,min,max,rate: the name has no comma in MFI rows
    cells[5] = "3";
    lines.set(row, String.join(",", cells));
    Files.write(loans, lines);
    final int line = row + 1;
    assertThatThrownBy(() -> new CatalogueLoader(CatalogueFiles.directory(dir)).load())
        .hasMessageStartingWith("microcredit_products.csv:" + line + ": monthly_rate_percent 3");
  }

  @Test
  void aWrongHeaderIsRefused(@TempDir Path dir) throws IOException {
    copyShipped(dir);
    Path provinces = dir.resolve("provinces.csv");
    var lines = Files.readAllLines(provinces);
    lines.set(0, lines.get(0).replace("name_km", "khmer"));
    Files.write(provinces, lines);
    assertThatThrownBy(() -> new CatalogueLoader(CatalogueFiles.directory(dir)).load())
        .hasMessageStartingWith("provinces.csv:1: the header is");
  }

  @Test
  void aMissingProvinceIsRefused(@TempDir Path dir) throws IOException {
    copyShipped(dir);
    Path provinces = dir.resolve("provinces.csv");
    var lines = Files.readAllLines(provinces);
    lines.remove(5);
    Files.write(provinces, lines);
    assertThatThrownBy(() -> new CatalogueLoader(CatalogueFiles.directory(dir)).load())
        .hasMessageContaining("has 24 provinces but Cambodia has 25");
  }

  private static void copyShipped(Path dir) throws IOException {
    try (var files = Files.list(SHIPPED)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
  }
}
