package org.livelihoodmatch.livelihood;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLoader;
import org.livelihoodmatch.livelihood.ClientProfile.Literacy;
import org.livelihoodmatch.livelihood.ClientProfile.SkillLevel;
import org.livelihoodmatch.livelihood.TrainingOffer.Kind;

/**
 * The people of the field studies decide (issue 13; shared/reference/case-studies.csv). Each test
 * builds the persona with the studies' own figures (seed 003: 2008-09, Svay Rieng and Banteay
 * Meanchey; seed 000: 2009, MoSVY's reintegration office) and the packaged catalogues.
 */
class PersonaTests {

  private static final Catalogue CATALOGUE = CatalogueLoader.loadPackaged();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private final PathwayGenerator generator = new PathwayGenerator(CATALOGUE);

  private List<Pathway> generate(
      ClientProfile c, List<JobOffer> jobs, List<TrainingOffer> trainings) {
    return generator.generate(c, new PathwayGenerator.Candidates(jobs, trainings), TODAY, 10);
  }

  /**
   * Pheada, 15, Svay Rieng: "I love to study and hope to have a chance to go to school with my
   * peers" (seed 003, case study 1); left in grade 5; second of eight children of a fish seller and
   * a farmer whose land is dry in summer and flooded in the rainy season. Her family is one of the
   * 40% "extremely poor with long-term debts": 200,000 riel (US$50) from a moneylender at 10% a
   * month, the low end of the 10-15% seed 003 reports, interest-only (US$5 a month). A garment
   * factory near home (the US$210 floor of 2026) would take a 15-year-old. Her parents traded her
   * to the broker (case study 6); that she lives at home again is an assumption of this test (the
   * family assessment found she may, under follow-up): the demo persona keeps her away from home,
   * where school and a family livelihood cannot cover a room and her food, and the service says so.
   */
  @Test
  void pheadaGetsSchoolWithAFamilyLivelihood() {
    Profiles pheada = new Profiles();
    pheada.birth = TODAY.minusYears(15).minusMonths(2);
    pheada.home = "20";
    pheada.literacy = Literacy.BASIC;
    pheada.education = true;
    pheada.land = BigDecimal.ZERO;
    pheada.debtRepayment = new BigDecimal("5.00");
    assertThat(Affordability.aboveLegalCap(new BigDecimal("10"))).isTrue();
    var factory = Profiles.job("sewing-machine-operator", "20", "210", TODAY.plusMonths(1), null);
    var school = Profiles.intake(Kind.SCHOOL, null, "20", TODAY.plusMonths(2), 40, 12, "0");

    List<Pathway> found = generate(pheada.build(), List.of(factory), List.of(school));

    Pathway best = found.get(0);
    assertThat(best.kind()).isEqualTo(Pathway.Kind.EDUCATION);
    assertThat(best.training().id()).isEqualTo(school.id());
    assertThat(best.familyLivelihood()).isNotNull();
    assertThat(best.budget().meetsThreshold()).isTrue();
    assertThat(best.budget().debtRepayment()).isEqualByComparingTo("5.00");
    // school alone leaves her household short: only with the family livelihood is it offered
    assertThat(found)
        .noneMatch(p -> p.kind() == Pathway.Kind.EDUCATION && p.familyLivelihood() == null);
    // landless (71% of the families, seed 003): nothing that needs a plot
    assertThat(found)
        .noneMatch(
            p ->
                p.familyLivelihood() != null
                    && p.familyLivelihood().code().equals("vegetable-growing"));
  }

  /**
   * The girl sold at 11 to a Phnom Penh restaurant, 6am to 11pm seven days a week while her mother
   * took US$30 a month (seed 000): a child, offered no work at all, even the restaurant's.
   */
  @Test
  void theGirlFromTheRestaurantIsOfferedSchoolNotWork() {
    Profiles girl = new Profiles();
    girl.birth = TODAY.minusYears(11);
    girl.home = "12";
    girl.wants = List.of("cook");
    girl.skills.put("cook", SkillLevel.EXPERIENCED);
    var restaurant = Profiles.job("cook", "12", "250", TODAY.plusMonths(1), null);
    var school = Profiles.intake(Kind.SCHOOL, null, "12", TODAY.plusMonths(2), 40, 6, "0");
    List<Pathway> found = generate(girl.build(), List.of(restaurant), List.of(school));
    assertThat(found).isNotEmpty().noneMatch(p -> p.kind().isWork());
    assertThat(found.get(0).kind()).isEqualTo(Pathway.Kind.EDUCATION);
  }

  /**
   * The men trained in sewing "because the NGO's budget allowed nothing else: it is not our talent
   * ... I want to learn electronics repairing" (seed 003, case study 8). Sewing is what they were
   * trained in; a garment job pays the floor (US$210); an electronics course leads to a repair
   * shop. Electronics comes first, credited with what it adds over the garment wage.
   */
  @Test
  void theMenWhoWantedElectronicsGetElectronics() {
    Profiles man = new Profiles();
    man.sex = "M";
    man.birth = TODAY.minusYears(24);
    man.home = "01";
    man.skills.put("sewing-machine-operator", SkillLevel.TRAINED);
    man.wants = List.of("electronics-repairer", "motorcycle-mechanic");
    man.remittance = new BigDecimal("20.00");
    var garment = Profiles.job("sewing-machine-operator", "01", "210", TODAY.plusMonths(1), null);
    var course =
        Profiles.intake(
            Kind.VOCATIONAL, "electronics-repairer", "01", TODAY.plusMonths(1), 24, 15, "20");
    var sewingCourse =
        Profiles.intake(
            Kind.VOCATIONAL, "sewing-machine-operator", "01", TODAY.plusMonths(1), 12, 15, "20");
    var repairShop = Profiles.job("electronics-repairer", "01", "250", TODAY.plusMonths(8), null);

    List<Pathway> found =
        generate(man.build(), List.of(garment, repairShop), List.of(course, sewingCourse));

    Pathway best = found.get(0);
    assertThat(best.occupation()).isEqualTo("electronics-repairer");
    assertThat(best.kind()).isEqualTo(Pathway.Kind.TRAINING_THEN_JOB);
    assertThat(best.reasons())
        .contains("first choice of occupation (Electronics / phone repairer)")
        .anyMatch(r -> r.startsWith("the training adds 40.00 a month"));
    assertThat(found).anyMatch(p -> p.occupation().equals("sewing-machine-operator"));
    assertThat(found.indexOf(best))
        .isLessThan(
            found.stream()
                .filter(p -> p.occupation().equals("sewing-machine-operator"))
                .map(found::indexOf)
                .min(Integer::compare)
                .orElseThrow());
  }

  /**
   * Kimlang, 18, head of a household of five since her mother died and her father went to prison;
   * he is released and threatens her for money (seed 000): nothing in his province, her home, not
   * even a family livelihood there. Five depend on her: she sends home US$40 a month.
   */
  @Test
  void kimlangStaysAwayFromHerFathersProvince() {
    Profiles kimlang = new Profiles();
    kimlang.birth = TODAY.minusYears(18).minusMonths(3);
    kimlang.home = "14";
    kimlang.avoid = Set.of("14");
    kimlang.relocates = true;
    kimlang.selfEmployment = true;
    kimlang.skills.put("market-vendor", SkillLevel.TRAINED);
    kimlang.wants = List.of("market-vendor", "sewing-machine-operator");
    kimlang.remittance = new BigDecimal("40.00");
    kimlang.animals = true;
    var atHome = Profiles.job("sewing-machine-operator", "14", "210", TODAY.plusMonths(1), null);
    var phnomPenh = Profiles.job("sewing-machine-operator", "12", "210", TODAY.plusMonths(1), null);
    List<Pathway> found = generate(kimlang.build(), List.of(atHome, phnomPenh), List.of());

    assertThat(found).isNotEmpty();
    assertThat(found).extracting(Pathway::workProvince).doesNotContain("14");
    assertThat(found)
        .allMatch(
            p -> p.familyLivelihood() == null || !p.familyLivelihood().province().equals("14"));
    assertThat(found).anyMatch(p -> p.job() != null && p.job().id().equals(phnomPenh.id()));
  }

  /**
   * The indigenous girl of Ratanak Kiri (seed 000): sold to a brothel for US$70, HIV positive, "she
   * didn't even speak Khmer", ran away from the Phnom Penh shelter to go home. She needs HIV care
   * near where she lives and works, in her own language, at home. A guesthouse in Banlung takes a
   * cook who speaks Tampuan; a Khmer-only job there and a Tampuan job in Mondul Kiri, with no
   * clinic in the catalogue, are not hers.
   */
  @Test
  void theIndigenousGirlIsOfferedWorkNearAClinicInHerLanguage() {
    Profiles girl = new Profiles();
    girl.birth = TODAY.minusYears(16);
    girl.home = "16";
    girl.languages = Set.of("tpu");
    girl.literacy = Literacy.NONE;
    girl.clinic = true;
    girl.provinces = List.of("16", "11");
    girl.skills.put("cook", SkillLevel.TRAINED);
    girl.wants = List.of("cook");
    var banlung = Profiles.job("cook", "16", "150", TODAY.plusMonths(1), Set.of("km", "tpu"));
    var khmerOnly = Profiles.job("cook", "16", "160", TODAY.plusMonths(1), Set.of("km"));
    var mondulkiri = Profiles.job("cook", "11", "170", TODAY.plusMonths(1), Set.of("tpu"));

    List<Pathway> found =
        generate(girl.build(), List.of(banlung, khmerOnly, mondulkiri), List.of());

    assertThat(CATALOGUE.clinics()).anyMatch(c -> c.province().equals("16") && c.treatsHiv());
    Pathway best = found.get(0);
    assertThat(best.job().id()).isEqualTo(banlung.id());
    assertThat(found)
        .filteredOn(p -> p.job() != null)
        .extracting(p -> p.job().id())
        .containsExactly(banlung.id());
  }
}
