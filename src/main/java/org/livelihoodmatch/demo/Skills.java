package org.livelihoodmatch.demo;

import java.util.Map;

/**
 * The occupations of synthetic clients by sex, as weights: the training each sex was given (seed
 * 003: women sewing 75%, beauty salon 25%; men sewing 29%, haircutting 21%, motorcycle repair 36%,
 * car repair 7%, electronics 7%), the work done before, and what they wish for instead.
 */
final class Skills {

  /** Training taken by women (seed 003): sewing 75% (tailoring or factory sewing), salon 25%. */
  static final Map<String, Integer> WOMEN_TRAINED =
      Places.ordered("tailor", 55, "sewing-machine-operator", 20, "beautician", 25);

  /** Training taken by men (seed 003). */
  static final Map<String, Integer> MEN_TRAINED =
      Places.ordered(
          "tailor",
          29,
          "hairdresser",
          21,
          "motorcycle-mechanic",
          36,
          "car-mechanic",
          7,
          "electronics-repairer",
          7);

  /** Work done before or during trafficking. */
  static final Map<String, Integer> WOMEN_EXPERIENCE =
      Places.ordered(
          "domestic-worker", 3, "vegetable-grower", 3, "market-vendor", 2, "restaurant-server", 2);

  static final Map<String, Integer> MEN_EXPERIENCE =
      Places.ordered("construction-labourer", 4, "vegetable-grower", 3, "market-vendor", 2);

  /** What women ask for: the salon first ("it is not our talent" was said of sewing). */
  static final Map<String, Integer> WOMEN_WISH =
      Places.ordered(
          "beautician",
          25,
          "hairdresser",
          15,
          "tailor",
          12,
          "sewing-machine-operator",
          10,
          "cook",
          10,
          "market-vendor",
          8,
          "restaurant-server",
          5,
          "office-assistant",
          5,
          "handicraft-weaver",
          4,
          "livestock-raiser",
          3,
          "electronics-repairer",
          3);

  /** What men ask for: electronics above all (seed 003, case study 8). */
  static final Map<String, Integer> MEN_WISH =
      Places.ordered(
          "electronics-repairer",
          25,
          "market-vendor",
          10,
          "hairdresser",
          10,
          "cook",
          8,
          "sewing-machine-operator",
          8,
          "office-assistant",
          8,
          "livestock-raiser",
          8,
          "restaurant-server",
          6,
          "tailor",
          5,
          "handicraft-weaver",
          2);

  private Skills() {}
}
