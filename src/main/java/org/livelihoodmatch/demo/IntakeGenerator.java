package org.livelihoodmatch.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.livelihood.Languages;

/**
 * Draws synthetic training intakes like the programmes' courses: mostly sewing, hairdressing,
 * beauty, motorcycle repair and cooking, in Phnom Penh and the towns, starting in 1-9 months, 12-52
 * weeks long, 8-25 seats; minimum age 15, or 18 for work hazardous to minors; some for women only.
 */
final class IntakeGenerator {

  /** The programmes' courses and how often they run. */
  private static final Map<String, Integer> COURSES =
      Places.ordered(
          "tailor",
          20,
          "sewing-machine-operator",
          8,
          "hairdresser",
          15,
          "beautician",
          15,
          "motorcycle-mechanic",
          12,
          "cook",
          10,
          "electronics-repairer",
          6,
          "office-assistant",
          5,
          "restaurant-server",
          4,
          "handicraft-weaver",
          4,
          "car-mechanic",
          3,
          "vegetable-grower",
          3,
          "livestock-raiser",
          3,
          "market-vendor",
          2);

  private static final Map<String, String> COURSE_NAMES =
      Map.ofEntries(
          Map.entry("tailor", "Sewing and tailoring"),
          Map.entry("sewing-machine-operator", "Industrial sewing"),
          Map.entry("hairdresser", "Hairdressing"),
          Map.entry("beautician", "Beauty salon"),
          Map.entry("motorcycle-mechanic", "Motorcycle repair"),
          Map.entry("car-mechanic", "Car repair"),
          Map.entry("electronics-repairer", "Electronics and phone repair"),
          Map.entry("cook", "Cooking"),
          Map.entry("restaurant-server", "Hospitality and restaurant service"),
          Map.entry("handicraft-weaver", "Weaving and handicrafts"),
          Map.entry("office-assistant", "Basic computing"),
          Map.entry("vegetable-grower", "Vegetable growing"),
          Map.entry("livestock-raiser", "Raising pigs and chickens"),
          Map.entry("market-vendor", "Small business and market trading"));

  private static final List<String> PROVIDERS =
      List.of(
          "Provincial Training Centre",
          "Women's Skills Workshop",
          "Youth Vocational School",
          "Community Learning Centre",
          "Half-way House Training Unit");

  private final Catalogue catalogue;
  private final LocalDate today;
  private final Map<String, Integer> courses = new LinkedHashMap<>();
  private final Map<String, Integer> provinces;

  IntakeGenerator(Catalogue catalogue, LocalDate today) {
    this.catalogue = catalogue;
    this.today = today;
    COURSES.forEach(
        (code, w) -> {
          if (catalogue.isOccupation(code)) {
            courses.put(code, w);
          }
        });
    if (courses.isEmpty()) {
      catalogue.occupations().stream()
          .filter(o -> !o.hazardousForMinors())
          .forEach(o -> courses.put(o.code(), 1));
    }
    this.provinces = Places.known(Places.TRAINING, catalogue);
  }

  SyntheticIntake next(Draw draw) {
    Occupation occupation = catalogue.occupation(draw.weighted(courses)).orElseThrow();
    String province = draw.weighted(provinces);
    int weeks = draw.between(12, 52);
    String sex = womenOnly(draw, occupation.code()) ? "F" : null;
    String literacy =
        switch (occupation.code()) {
          case "office-assistant" -> "FUNCTIONAL";
          case "electronics-repairer" -> "BASIC";
          default -> draw.chance(0.1) ? "BASIC" : "NONE";
        };
    return new SyntheticIntake(
        title(occupation, weeks),
        occupation.code(),
        Places.town(province, catalogue) + " " + draw.oneOf(PROVIDERS),
        province,
        draw.daysAfter(today, 30, 270),
        weeks,
        draw.between(8, 25),
        occupation.hazardousForMinors() ? 18 : 15,
        sex,
        literacy,
        draw.chance(0.4),
        draw.dollars(0, 6).multiply(BigDecimal.valueOf(5)),
        draw.dollars(10, 60).multiply(BigDecimal.TEN),
        languages(province));
  }

  /** Khmer, with interpreters of the province's indigenous languages where there are any. */
  private static List<String> languages(String province) {
    List<String> languages = new ArrayList<>(List.of(Languages.KHMER));
    languages.addAll(Places.INDIGENOUS_LANGUAGES.getOrDefault(province, List.of()));
    return languages;
  }

  private static boolean womenOnly(Draw draw, String occupation) {
    return switch (occupation) {
      case "beautician" -> draw.chance(0.5);
      case "tailor", "hairdresser", "handicraft-weaver" -> draw.chance(0.2);
      default -> draw.chance(0.03);
    };
  }

  /** "Hairdressing, 6 months". */
  private static String title(Occupation occupation, int weeks) {
    String course = COURSE_NAMES.getOrDefault(occupation.code(), occupation.nameEn());
    int months = Math.round(weeks * 12f / 52f);
    return course + ", " + (months >= 3 ? months + " months" : weeks + " weeks");
  }
}
