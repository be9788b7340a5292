package org.livelihoodmatch.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livelihoodmatch.catalogue.Catalogue;

/**
 * Where the synthetic people come from and where the work is: province weights taken from the
 * studies' origin provinces (Svay Rieng, Banteay Meanchey, Prey Veng, Kampong Cham...) and from
 * where training centres and employers sit (Phnom Penh and the towns), plus plausible addresses.
 */
final class Places {

  /** Home provinces of survivors: the studies' origin provinces first, a little everywhere else. */
  static final Map<String, Integer> HOMES =
      ordered(
          "20", 20, "01", 18, "14", 14, "03", 10, "02", 9, "17", 7, "12", 6, "25", 3, "21", 3, "08",
          3, "22", 2, "05", 2, "06", 2, "15", 2, "04", 2);

  /**
   * Where training centres run their courses: the capital and the towns, and a few in the
   * north-east, taught with interpreters of its indigenous languages.
   */
  static final Map<String, Integer> TRAINING =
      ordered(
          "12", 30, "17", 10, "02", 8, "01", 8, "20", 6, "03", 5, "18", 5, "14", 4, "08", 4, "07",
          3, "16", 2, "11", 1);

  /**
   * Indigenous languages of the north-east provinces (Ratanakiri: Tampuan, Jarai, Kreung;
   * Mondulkiri: Bunong), as ISO 639-3 codes: what some clients speak there instead of Khmer.
   */
  static final Map<String, List<String>> INDIGENOUS_LANGUAGES =
      Map.of("16", List.of("tpu", "jra", "krr"), "11", List.of("cmo"));

  /** Where employers are: the capital, factory zones (Kandal, Kampong Speu, Bavet) and towns. */
  static final Map<String, Integer> WORK =
      ordered(
          "12", 35, "08", 10, "05", 6, "17", 8, "18", 6, "20", 5, "01", 5, "02", 5, "03", 4, "07",
          3, "14", 2, "21", 2, "04", 2, "15", 1, "06", 1);

  /** Towns where clients who will relocate would like to go. */
  static final List<String> TOWNS = List.of("12", "17", "18", "08", "02");

  private static final Map<String, String> CAPITALS =
      Map.ofEntries(
          Map.entry("01", "Serei Saophoan"),
          Map.entry("02", "Battambang"),
          Map.entry("03", "Kampong Cham"),
          Map.entry("04", "Kampong Chhnang"),
          Map.entry("05", "Chbar Mon"),
          Map.entry("06", "Stueng Saen"),
          Map.entry("07", "Kampot"),
          Map.entry("08", "Ta Khmau"),
          Map.entry("09", "Khemarak Phoumin"),
          Map.entry("10", "Kratie"),
          Map.entry("11", "Saen Monourom"),
          Map.entry("12", "Phnom Penh"),
          Map.entry("13", "Tbeng Meanchey"),
          Map.entry("14", "Prey Veng"),
          Map.entry("15", "Pursat"),
          Map.entry("16", "Banlung"),
          Map.entry("17", "Siem Reap"),
          Map.entry("18", "Sihanoukville"),
          Map.entry("19", "Stung Treng"),
          Map.entry("20", "Svay Rieng"),
          Map.entry("21", "Doun Kaev"),
          Map.entry("22", "Samraong"),
          Map.entry("23", "Kep"),
          Map.entry("24", "Pailin"),
          Map.entry("25", "Suong"));

  private static final List<String> KHANS =
      List.of(
          "Chamkar Mon",
          "Daun Penh",
          "Prampir Makara",
          "Tuol Kouk",
          "Mean Chey",
          "Russey Keo",
          "Sen Sok",
          "Pou Senchey",
          "Chbar Ampov",
          "Dangkao");

  private static final List<String> VILLAGES =
      List.of(
          "Phum Thmei",
          "Phum Kandal",
          "Phum Chas",
          "Phum Prek",
          "Phum Trapeang Veng",
          "Phum Ta Prohm",
          "Phum Boeung",
          "Phum Chamkar",
          "Phum Spean",
          "Phum Kraing");

  private Places() {}

  /** Keeps only the provinces the catalogue knows, so a catalogue edit cannot break generation. */
  static Map<String, Integer> known(Map<String, Integer> weights, Catalogue catalogue) {
    Map<String, Integer> known = new LinkedHashMap<>();
    weights.forEach(
        (code, w) -> {
          if (catalogue.isProvince(code)) {
            known.put(code, w);
          }
        });
    catalogue.provinces().forEach(p -> known.putIfAbsent(p.code(), 1));
    return known;
  }

  static String town(String province, Catalogue catalogue) {
    String town = CAPITALS.get(province);
    return town != null
        ? town
        : catalogue.province(province).map(p -> p.nameEn()).orElse("the provincial town");
  }

  /** A street address a visiting officer could find: number, street, quarter, town, province. */
  static String address(Draw draw, String province, Catalogue catalogue) {
    int number = draw.between(1, 480);
    if ("12".equals(province)) {
      return "No. "
          + number
          + ", Street "
          + draw.between(2, 610)
          + ", Khan "
          + draw.oneOf(KHANS)
          + ", Phnom Penh";
    }
    String provinceName = catalogue.province(province).map(p -> p.nameEn()).orElse(province);
    String road =
        draw.chance(0.5) ? "National Road " + draw.between(1, 7) : "Street " + draw.between(1, 40);
    return "No. "
        + number
        + ", "
        + road
        + ", "
        + draw.oneOf(VILLAGES)
        + ", "
        + town(province, catalogue)
        + ", "
        + provinceName
        + " Province";
  }

  @SuppressWarnings("unchecked")
  static <T> Map<T, Integer> ordered(Object... keysAndWeights) {
    Map<T, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndWeights.length; i += 2) {
      map.put((T) keysAndWeights[i], (Integer) keysAndWeights[i + 1]);
    }
    return map;
  }
}
