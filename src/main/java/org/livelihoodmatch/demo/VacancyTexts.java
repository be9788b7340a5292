package org.livelihoodmatch.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.Occupation;

/**
 * Titles and short descriptions of synthetic vacancies, mostly in English and some in Khmer, worded
 * as an honest employer would: no fees, no documents kept, no work abroad, no promise of easy money
 * (so that the description screen raises no flag).
 */
final class VacancyTexts {

  static final double KHMER_SHARE = 0.15;

  private static final Map<String, List<String>> TITLES =
      Map.ofEntries(
          Map.entry(
              "sewing-machine-operator",
              List.of("Sewing machine operator", "Garment worker (sewing line)")),
          Map.entry("tailor", List.of("Tailor", "Alterations tailor")),
          Map.entry("hairdresser", List.of("Hairdresser", "Barber")),
          Map.entry("beautician", List.of("Beauty salon assistant", "Nail and make-up technician")),
          Map.entry("motorcycle-mechanic", List.of("Motorcycle mechanic", "Motorbike repairer")),
          Map.entry("car-mechanic", List.of("Car mechanic", "Auto workshop mechanic")),
          Map.entry(
              "electronics-repairer", List.of("Phone repair technician", "Electronics repairer")),
          Map.entry("cook", List.of("Cook", "Kitchen assistant")),
          Map.entry("restaurant-server", List.of("Waiter / waitress", "Restaurant server")),
          Map.entry("construction-labourer", List.of("Construction worker", "Mason's helper")),
          Map.entry("security-guard", List.of("Security guard", "Night security guard")),
          Map.entry("market-vendor", List.of("Shop assistant", "Mini-mart cashier")),
          Map.entry("handicraft-weaver", List.of("Silk weaver", "Handicraft worker")),
          Map.entry("vegetable-grower", List.of("Farm worker (vegetables)")),
          Map.entry("livestock-raiser", List.of("Pig farm worker", "Poultry farm worker")),
          Map.entry("office-assistant", List.of("Office assistant", "Data entry clerk")),
          Map.entry("domestic-worker", List.of("Housekeeper", "Hotel housekeeping attendant")));

  private static final List<String> TRAINING =
      List.of(
          "Training is given on the job.",
          "Experience is welcome; we also train beginners.",
          "A supervisor trains new staff in the first month.",
          "Workers who finished a vocational course are welcome.");

  private final Catalogue catalogue;

  VacancyTexts(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  record Text(String title, String description) {}

  Text write(
      Draw draw,
      SyntheticEmployer employer,
      Occupation occupation,
      String province,
      int positions,
      BigDecimal wage,
      int hours,
      boolean accommodation,
      boolean meals) {
    String amount = wage.stripTrailingZeros().toPlainString();
    if (draw.chance(KHMER_SHARE)) {
      String place = catalogue.province(province).map(p -> p.nameKm()).orElse(province);
      return new Text(
          "ជ្រើសរើស" + occupation.nameKm(),
          employer.name()
              + " ត្រូវការ"
              + occupation.nameKm()
              + " ចំនួន "
              + positions
              + " នាក់ នៅ"
              + place
              + "។ ម៉ោងធ្វើការ "
              + hours
              + " ម៉ោងក្នុងមួយសប្តាហ៍។ ប្រាក់ខែ "
              + amount
              + " ដុល្លារក្នុងមួយខែ។");
    }
    String title = draw.oneOf(TITLES.getOrDefault(occupation.code(), List.of(occupation.nameEn())));
    StringBuilder text = new StringBuilder();
    text.append(employer.name())
        .append(" in ")
        .append(Places.town(province, catalogue))
        .append(" is hiring for ")
        .append(positions == 1 ? "one position: " : positions + " positions: ")
        .append(title)
        .append(". ")
        .append(hours)
        .append(" hours a week. Wage US$")
        .append(amount)
        .append(" a month, paid monthly. ");
    if (meals) {
      text.append("Lunch is provided. ");
    }
    if (accommodation) {
      text.append("A shared room near the workplace is available; workers may live elsewhere. ");
    }
    text.append(draw.oneOf(TRAINING));
    return new Text(title, text.toString());
  }
}
