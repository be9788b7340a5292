package org.livelihoodmatch.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of employer the demo invents, how common each is (garment factories first), the words
 * of their names and the occupations each hires for, so that a salon posts hairdressers and a
 * factory posts sewing-machine operators.
 */
final class Trades {

  /** One kind of employer; {@code occupations} maps catalogue codes to how often each is posted. */
  record Trade(
      String code, int weight, List<String> businessWords, Map<String, Integer> occupations) {}

  static final List<Trade> ALL =
      List.of(
          new Trade(
              "garment",
              30,
              List.of("Garments", "Textiles", "Apparel", "Garment Factory"),
              Places.ordered("sewing-machine-operator", 6, "tailor", 1)),
          new Trade(
              "hospitality",
              12,
              List.of("Restaurant", "Hotel", "Food House", "Guesthouse"),
              Places.ordered("cook", 3, "restaurant-server", 3, "domestic-worker", 1)),
          new Trade(
              "construction",
              10,
              List.of("Construction", "Builders", "Development"),
              Places.ordered("construction-labourer", 5, "security-guard", 1)),
          new Trade(
              "salon",
              8,
              List.of("Beauty Salon", "Hair & Beauty", "Spa"),
              Places.ordered("hairdresser", 1, "beautician", 1)),
          new Trade(
              "motor",
              7,
              List.of("Motor Repair", "Auto Service", "Motors"),
              Places.ordered("motorcycle-mechanic", 3, "car-mechanic", 1)),
          new Trade(
              "trading",
              5,
              List.of("Trading", "Mart", "Supply"),
              Places.ordered("market-vendor", 3, "office-assistant", 1)),
          new Trade(
              "electronics",
              4,
              List.of("Electronics", "Mobile Phone", "Digital"),
              Places.ordered("electronics-repairer", 3, "office-assistant", 1)),
          new Trade(
              "agriculture",
              4,
              List.of("Agro", "Farm", "Agriculture"),
              Places.ordered("vegetable-grower", 1, "livestock-raiser", 1)),
          new Trade(
              "crafts",
              3,
              List.of("Handicrafts", "Silk", "Crafts"),
              Places.ordered("handicraft-weaver", 1)),
          new Trade(
              "security",
              3,
              List.of("Security Services", "Guard Services"),
              Places.ordered("security-guard", 1)));

  private Trades() {}

  static Map<String, Integer> weights() {
    Map<String, Integer> weights = new java.util.LinkedHashMap<>();
    ALL.forEach(t -> weights.put(t.code(), t.weight()));
    return weights;
  }

  static Optional<Trade> find(String code) {
    return ALL.stream().filter(t -> t.code().equals(code)).findFirst();
  }
}
