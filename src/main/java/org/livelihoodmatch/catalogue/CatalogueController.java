package org.livelihoodmatch.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogues over HTTP, each row with its {@code source} at the top as API.md names it. Rows
 * are answered as views, not as the catalogue records, which {@link CatalogueStore} also writes to
 * PostgreSQL as JSON and which keep their nested {@link Provenance} for the rest of the service.
 * The money catalogues' views add the provenance's {@code status} and {@code notes}: whether a
 * figure is attributed or an estimate, and how it was estimated, matters to whoever weighs a budget
 * by it.
 */
@RestController
@RequestMapping("/api/v1/catalogue")
class CatalogueController {

  private final Catalogue catalogue;
  private final CatalogueCapacities capacities;

  CatalogueController(Catalogue catalogue, CatalogueCapacities capacities) {
    this.catalogue = catalogue;
    this.capacities = capacities;
  }

  @GetMapping("/provinces")
  List<ProvinceView> provinces() {
    return catalogue.provinces().stream().map(ProvinceView::of).toList();
  }

  @GetMapping("/occupations")
  List<OccupationView> occupations() {
    return catalogue.occupations().stream().map(OccupationView::of).toList();
  }

  @GetMapping("/wage-floors")
  List<WageFloorView> wageFloors() {
    return catalogue.wageFloors().stream().map(WageFloorView::of).toList();
  }

  @GetMapping("/living-costs")
  List<LivingCostsView> livingCosts() {
    return catalogue.livingCosts().stream().map(LivingCostsView::of).toList();
  }

  @GetMapping("/market-demand")
  List<MarketDemandView> marketDemand() {
    var taken = capacities.marketPlacesTaken();
    return catalogue.marketDemand().stream()
        .map(m -> MarketDemandView.of(m, taken.getOrDefault(m.marketKey(), 0)))
        .toList();
  }

  @GetMapping("/microcredit-products")
  List<MicrocreditProductView> microcreditProducts() {
    var lent = capacities.lentByProduct();
    return catalogue.microcreditProducts().stream()
        .map(m -> MicrocreditProductView.of(m, lent.getOrDefault(m.code(), BigDecimal.ZERO)))
        .toList();
  }

  @GetMapping("/family-livelihoods")
  List<FamilyLivelihoodView> familyLivelihoods() {
    return catalogue.familyLivelihoods().stream().map(FamilyLivelihoodView::of).toList();
  }

  @GetMapping("/clinics")
  List<ClinicView> clinics() {
    return catalogue.clinics().stream().map(ClinicView::of).toList();
  }

  record ProvinceView(
      String code, String nameEn, String nameKm, double lat, double lon, String source) {
    static ProvinceView of(Province p) {
      return new ProvinceView(
          p.code(), p.nameEn(), p.nameKm(), p.lat(), p.lon(), p.provenance().source());
    }
  }

  record OccupationView(
      String code,
      String isco08,
      String nameEn,
      String nameKm,
      String sector,
      boolean hazardousForMinors,
      boolean selfEmployment,
      List<String> synonyms,
      String source) {
    static OccupationView of(Occupation o) {
      List<String> synonyms =
          java.util.stream.Stream.concat(o.synonymsEn().stream(), o.synonymsKm().stream()).toList();
      return new OccupationView(
          o.code(),
          o.isco08(),
          o.nameEn(),
          o.nameKm(),
          o.sector(),
          o.hazardousForMinors(),
          o.selfEmployment(),
          synonyms,
          o.provenance().source());
    }
  }

  record WageFloorView(
      String sector,
      LocalDate effectiveFrom,
      BigDecimal monthlyWage,
      String source,
      String status,
      String notes) {
    static WageFloorView of(WageFloor f) {
      Provenance p = f.provenance();
      return new WageFloorView(
          f.sector(), f.effectiveFrom(), f.monthlyWage(), p.source(), p.status(), p.notes());
    }
  }

  record LivingCostsView(
      String province,
      BigDecimal food,
      BigDecimal accommodation,
      BigDecimal transport,
      BigDecimal other,
      String asOf,
      String source,
      String status,
      String notes) {
    static LivingCostsView of(LivingCosts c) {
      Provenance p = c.provenance();
      return new LivingCostsView(
          c.province(),
          c.food(),
          c.accommodation(),
          c.transport(),
          c.other(),
          c.asOf(),
          p.source(),
          p.status(),
          p.notes());
    }
  }

  record MarketDemandView(
      String province,
      String occupation,
      int newBusinessesPerYear,
      int remaining,
      BigDecimal netMonthlyIncome,
      String source,
      String status,
      String notes) {
    static MarketDemandView of(MarketDemand m, int taken) {
      Provenance p = m.provenance();
      return new MarketDemandView(
          m.province(),
          m.occupation(),
          m.newBusinessesPerYear(),
          Math.max(0, m.newBusinessesPerYear() - taken),
          m.netMonthlyIncome(),
          p.source(),
          p.status(),
          p.notes());
    }
  }

  record MicrocreditProductView(
      String code,
      String name,
      String lenderType,
      BigDecimal minAmount,
      BigDecimal maxAmount,
      BigDecimal monthlyRatePercent,
      int termMonths,
      String purpose,
      BigDecimal fundSize,
      BigDecimal remaining,
      String source,
      String status,
      String notes) {
    static MicrocreditProductView of(MicrocreditProduct m, BigDecimal lent) {
      Provenance p = m.provenance();
      return new MicrocreditProductView(
          m.code(),
          m.name(),
          m.lenderType(),
          m.minAmount(),
          m.maxAmount(),
          m.monthlyRatePercent(),
          m.termMonths(),
          m.purpose(),
          m.fundSize(),
          m.fundSize() == null ? null : m.fundSize().subtract(lent).max(BigDecimal.ZERO),
          p.source(),
          p.status(),
          p.notes());
    }
  }

  record FamilyLivelihoodView(
      String code,
      String nameEn,
      String nameKm,
      String occupation,
      BigDecimal capital,
      BigDecimal monthlyNetIncome,
      int monthsToFirstIncome,
      BigDecimal landHectaresNeeded,
      String microcreditProduct,
      String source,
      String status,
      String notes) {
    static FamilyLivelihoodView of(FamilyLivelihood f) {
      Provenance p = f.provenance();
      return new FamilyLivelihoodView(
          f.code(),
          f.nameEn(),
          f.nameKm(),
          f.occupation(),
          f.capital(),
          f.monthlyNetIncome(),
          f.monthsToFirstIncome(),
          f.landHectaresNeeded(),
          f.microcreditProduct(),
          p.source(),
          p.status(),
          p.notes());
    }
  }
}
