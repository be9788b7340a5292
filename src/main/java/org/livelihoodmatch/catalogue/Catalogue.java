package org.livelihoodmatch.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.livelihoodmatch.system.Validation;

/**
 * The loaded reference catalogues, immutable, with lookups by code. One instance serves the whole
 * service: matching, planning, screening and the pages all read the same figures.
 */
public final class Catalogue {

  private final List<Province> provinces;
  private final List<Occupation> occupations;
  private final List<WageFloor> wageFloors;
  private final List<LivingCosts> livingCosts;
  private final List<MarketDemand> marketDemand;
  private final List<MicrocreditProduct> microcreditProducts;
  private final List<FamilyLivelihood> familyLivelihoods;
  private final List<Clinic> clinics;
  private final Set<String> provincesWithoutHivCare;
  private final Map<String, Province> provincesByCode;
  private final Map<String, Occupation> occupationsByCode;
  private final Map<String, LivingCosts> livingCostsByProvince;
  private final Map<String, MarketDemand> marketDemandByKey;

  Catalogue(
      List<Province> provinces,
      List<Occupation> occupations,
      List<WageFloor> wageFloors,
      List<LivingCosts> livingCosts,
      List<MarketDemand> marketDemand,
      List<MicrocreditProduct> microcreditProducts,
      List<FamilyLivelihood> familyLivelihoods,
      List<Clinic> clinics) {
    this.provinces = List.copyOf(provinces);
    this.occupations = List.copyOf(occupations);
    this.wageFloors = List.copyOf(wageFloors);
    this.livingCosts = List.copyOf(livingCosts);
    this.marketDemand = List.copyOf(marketDemand);
    this.microcreditProducts = List.copyOf(microcreditProducts);
    this.familyLivelihoods = List.copyOf(familyLivelihoods);
    this.clinics = List.copyOf(clinics);
    Set<String> withCare =
        clinics.stream()
            .filter(Clinic::treatsHiv)
            .map(Clinic::province)
            .collect(Collectors.toSet());
    this.provincesWithoutHivCare =
        provinces.stream()
            .map(Province::code)
            .filter(code -> !withCare.contains(code))
            .collect(Collectors.toUnmodifiableSet());
    this.provincesByCode = index(provinces, Province::code);
    this.occupationsByCode = index(occupations, Occupation::code);
    this.livingCostsByProvince = index(livingCosts, LivingCosts::province);
    this.marketDemandByKey = index(marketDemand, MarketDemand::marketKey);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
  }

  public List<Province> provinces() {
    return provinces;
  }

  public Optional<Province> province(String code) {
    return Optional.ofNullable(code == null ? null : provincesByCode.get(code));
  }

  public boolean isProvince(String code) {
    return code != null && provincesByCode.containsKey(code);
  }

  /** Why {@code code} is not a province code, or empty when it is one (or absent). */
  public Optional<String> provinceProblem(String code) {
    return code == null || isProvince(code)
        ? Optional.empty()
        : Optional.of("'" + code + "' is not a province code (01..25)");
  }

  /**
   * Why {@code code} is not an occupation of the catalogue, or empty when it is one (or absent).
   */
  public Optional<String> occupationProblem(String code) {
    return code == null || isOccupation(code)
        ? Optional.empty()
        : Optional.of("'" + code + "' is not an occupation of the catalogue");
  }

  /**
   * Refuses the filters of a list that name no province or occupation of the catalogue, both named
   * at once; blank or absent means no filter.
   */
  public void checkFilters(String province, String occupation) {
    addFilterProblems(new Validation.Problems(), province, occupation).throwIfAny();
  }

  /** The same check, adding to {@code problems} as {@code province} and {@code occupation}. */
  public Validation.Problems addFilterProblems(
      Validation.Problems problems, String province, String occupation) {
    provinceProblem(blankToNull(province)).ifPresent(m -> problems.add("province", m));
    occupationProblem(blankToNull(occupation)).ifPresent(m -> problems.add("occupation", m));
    return problems;
  }

  private static String blankToNull(String code) {
    return code == null || code.isBlank() ? null : code;
  }

  public List<Occupation> occupations() {
    return occupations;
  }

  public Optional<Occupation> occupation(String code) {
    return Optional.ofNullable(code == null ? null : occupationsByCode.get(code));
  }

  public boolean isOccupation(String code) {
    return code != null && occupationsByCode.containsKey(code);
  }

  public List<WageFloor> wageFloors() {
    return wageFloors;
  }

  /** The legal floor of a sector in force on a date; empty where the law sets none. */
  public Optional<WageFloor> wageFloor(String sector, LocalDate on) {
    return wageFloors.stream()
        .filter(f -> f.sector().equals(sector) && !f.effectiveFrom().isAfter(on))
        .max(Comparator.comparing(WageFloor::effectiveFrom));
  }

  public List<LivingCosts> livingCosts() {
    return livingCosts;
  }

  public LivingCosts livingCosts(String province) {
    LivingCosts costs = livingCostsByProvince.get(province);
    if (costs == null) {
      throw new IllegalArgumentException("no living costs for province " + province);
    }
    return costs;
  }

  public List<MarketDemand> marketDemand() {
    return marketDemand;
  }

  public Optional<MarketDemand> marketDemand(String province, String occupation) {
    return Optional.ofNullable(marketDemandByKey.get(province + ":" + occupation));
  }

  public List<MicrocreditProduct> microcreditProducts() {
    return microcreditProducts;
  }

  public Optional<MicrocreditProduct> microcreditProduct(String code) {
    return microcreditProducts.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  public List<FamilyLivelihood> familyLivelihoods() {
    return familyLivelihoods;
  }

  public List<Clinic> clinics() {
    return clinics;
  }

  /**
   * The provinces with no clinic treating HIV in the clinics catalogue: a client who needs one is
   * offered nothing there.
   */
  public Set<String> provincesWithoutHivCare() {
    return provincesWithoutHivCare;
  }
}
