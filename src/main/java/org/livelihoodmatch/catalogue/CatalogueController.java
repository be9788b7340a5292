package org.livelihoodmatch.catalogue;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogues over HTTP, each row with its source. */
@RestController
@RequestMapping("/api/v1/catalogue")
class CatalogueController {

  private final Catalogue catalogue;

  CatalogueController(Catalogue catalogue) {
    this.catalogue = catalogue;
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
  List<WageFloor> wageFloors() {
    return catalogue.wageFloors();
  }

  @GetMapping("/living-costs")
  List<LivingCosts> livingCosts() {
    return catalogue.livingCosts();
  }

  @GetMapping("/market-demand")
  List<MarketDemand> marketDemand() {
    return catalogue.marketDemand();
  }

  @GetMapping("/microcredit-products")
  List<MicrocreditProduct> microcreditProducts() {
    return catalogue.microcreditProducts();
  }

  @GetMapping("/family-livelihoods")
  List<FamilyLivelihood> familyLivelihoods() {
    return catalogue.familyLivelihoods();
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
}
