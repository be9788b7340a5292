package org.livelihoodmatch.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The seventeen people of {@code reference/case-studies.csv} as client records, so that the demo
 * shows what the service does for them. Their birth dates make them, today, the age they were at
 * reintegration. Where the studies are silent (age, province, literacy, family name), the value is
 * an assumption that fits the account: the study provinces Svay Rieng (20) and Banteay Meanchey
 * (01), adult ages for adults, literacy NONE unless schooling is mentioned. The indigenous girl
 * speaks Tampuan ("tpu", assumed: the account names no language) and no Khmer.
 */
final class Personas {

  private final LocalDate today;

  Personas(LocalDate today) {
    this.today = today;
  }

  List<SyntheticClient> all() {
    List<SyntheticClient> all = new ArrayList<>();
    all.add(
        p("Pheada", "Pheada", "Sok", "F", 15, "20")
            .literacy("BASIC")
            .away()
            .school()
            .landless()
            .build());
    all.add(
        p("Vuthy", "Vuthy", "Chea", "M", 19, "20")
            .literacy("BASIC")
            .skill("vegetable-grower", "EXPERIENCED")
            .skill("market-vendor", "EXPERIENCED")
            .wish("vegetable-grower", "market-vendor")
            .selfEmployed()
            .remits(20)
            .landless()
            .build());
    all.add(p("Tha", "Tha", "Meas", "F", 15, "20").build());
    all.add(
        p("Savien", "Savien", "Keo", "M", 18, "20")
            .literacy("BASIC")
            .relocate("12")
            .remits(10)
            .build());
    all.add(
        p("Vanna", "Vanna", "Prak", "M", 19, "01")
            .literacy("BASIC")
            .skill("market-vendor", "EXPERIENCED")
            .wish("market-vendor")
            .household(3, 30)
            .build());
    all.add(
        p("Theary", "Theary", "Chhun", "F", 20, "20")
            .literacy("BASIC")
            .skill("sewing-machine-operator", "EXPERIENCED")
            .wish("sewing-machine-operator")
            .household(2, 20)
            .build());
    all.add(
        p("Thida", "Thida", "Ouk", "F", 24, "20")
            .literacy("BASIC")
            .skill("tailor", "EXPERIENCED")
            .wish("tailor")
            .selfEmployed()
            .relocate("12", "17", "18")
            .remits(10)
            .build());
    all.add(
        p("Kimlang", "Kimlang", "Nhem", "F", 18, "14")
            .literacy("BASIC")
            .skill("market-vendor", "TRAINED")
            .wish("market-vendor")
            .selfEmployed()
            .household(4, 40)
            .head()
            .avoid("14")
            .relocate("12")
            .build());
    all.add(
        p("Indigenous young woman", "Chhieng", "Romam", "F", 17, "16")
            .languages("tpu")
            .clinic()
            .build());
    all.add(p("Boy from Poipet", "Rithy", "Sorn", "M", 17, "01").build());
    all.add(
        p("Construction boy", "Sambath", "Yim", "M", 16, "01")
            .literacy("BASIC")
            .skill("construction-labourer", "EXPERIENCED")
            .build());
    all.add(
        p("Fisherman from Malaysia", "Bunthoeun", "Touch", "M", 30, "14")
            .skill("construction-labourer", "EXPERIENCED")
            .skill("fishing-crew", "EXPERIENCED")
            .relocate("12")
            .remits(20)
            .build());
    all.add(
        p("Men trained in sewing", "Visal", "Tep", "M", 20, "20")
            .literacy("BASIC")
            .skill("tailor", "TRAINED")
            .wish("electronics-repairer", "motorcycle-mechanic")
            .remits(15)
            .build());
    all.add(
        p("Women refused salon training", "Sreyleak", "Vong", "F", 18, "01")
            .literacy("BASIC")
            .wish("beautician")
            .build());
    all.add(
        p("Girl on a papaya farm", "Srey Pich", "Mao", "F", 15, "02")
            .skill("vegetable-grower", "EXPERIENCED")
            .away()
            .build());
    all.add(p("Girl in a restaurant", "Kanha", "Ly", "F", 11, "12").away().build());
    all.add(
        p("Mother with a family loan", "Sokunthea", "Heng", "F", 38, "20")
            .wish("livestock-raiser", "vegetable-grower")
            .selfEmployed()
            .household(6, 25)
            .head()
            .build());
    return all;
  }

  private PersonaBuilder p(
      String persona, String given, String family, String sex, int age, String home) {
    LocalDate birth = today.minusYears(age).minusDays(100);
    return new PersonaBuilder(persona, given, family, sex, birth, home, today);
  }
}
