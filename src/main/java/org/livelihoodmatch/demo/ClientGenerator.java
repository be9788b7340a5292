package org.livelihoodmatch.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.Occupation;

/**
 * Draws synthetic clients calibrated to the studies: 80% women; ages at trafficking 17% under 15,
 * 60% 15-17, 23% 18-29, then 1-2 years of shelter; 60% unable to read; the training each sex was
 * given (seed 003); ranked wishes that often differ from that training; origin provinces; 71%
 * landless families.
 *
 * <p>Living at home: a landless family has no house and land to come back to, and is the poorer
 * one, so only 45% of landless clients can live at home against 80% of those whose family has land
 * (our assumption; the studies give no figure). A client who must avoid her home province never
 * lives at home and is willing to relocate.
 */
final class ClientGenerator {

  static final double FEMALE_SHARE = 0.80;
  static final double UNDER_15_SHARE = 0.17;
  static final double AGED_15_17_SHARE = 0.60;
  static final double ILLITERATE_SHARE = 0.60;
  static final double LANDLESS_SHARE = 0.71;
  static final int MINIMUM_AGE = 13;
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);

  private final Catalogue catalogue;
  private final LocalDate today;
  private final Map<String, Integer> homes;
  private final Map<String, Map<String, Integer>> trained;
  private final Map<String, Map<String, Integer>> experience;
  private final Map<String, Map<String, Integer>> wishWeights;

  ClientGenerator(Catalogue catalogue, LocalDate today) {
    this.catalogue = catalogue;
    this.today = today;
    this.homes = Places.known(Places.HOMES, catalogue);
    this.trained =
        Map.of("F", known(Skills.WOMEN_TRAINED, false), "M", known(Skills.MEN_TRAINED, false));
    this.experience =
        Map.of(
            "F", known(Skills.WOMEN_EXPERIENCE, false), "M", known(Skills.MEN_EXPERIENCE, false));
    this.wishWeights =
        Map.of("F", known(Skills.WOMEN_WISH, true), "M", known(Skills.MEN_WISH, true));
  }

  SyntheticClient next(Draw draw) {
    String sex = draw.chance(FEMALE_SHARE) ? "F" : "M";
    int ageAtTrafficking = traffickingAge(draw);
    LocalDate birthDate = birthDate(draw, ageAtTrafficking);
    String home = draw.weighted(homes);
    List<SyntheticClient.Skill> skills = new ArrayList<>();
    String skill = draw.weighted(trained.get(sex));
    skills.add(new SyntheticClient.Skill(skill, "TRAINED"));
    if (draw.chance(0.25)) {
      String past = draw.weighted(experience.get(sex));
      if (!past.equals(skill)) {
        skills.add(new SyntheticClient.Skill(past, "EXPERIENCED"));
      }
    }
    List<String> wished = wishes(draw, sex, skill);
    boolean landless = draw.chance(LANDLESS_SHARE);
    boolean canLiveAtHome = draw.chance(landless ? 0.45 : 0.80);
    boolean relocate = draw.chance(0.45);
    List<String> avoid = new ArrayList<>();
    if (draw.chance(0.08)) {
      String place = draw.chance(0.5) ? home : draw.oneOf(catalogue.provinces()).code();
      avoid.add(place);
      if (place.equals(home)) {
        canLiveAtHome = false;
        relocate = true;
      }
    }
    return new SyntheticClient(
        Names.given(draw, sex),
        Names.family(draw),
        sex,
        birthDate,
        home,
        languages(draw, home),
        literacy(draw),
        skills,
        wished,
        preferredProvinces(draw, home, relocate, avoid),
        relocate,
        draw.chance(0.40),
        draw.between(0, 6),
        draw.dollars(0, 8).multiply(FIVE),
        canLiveAtHome,
        draw.chance(0.05),
        avoid,
        draw.chance(0.05),
        draw.daysAfter(today, 0, 182),
        ageAtTrafficking,
        landless,
        null,
        false);
  }

  private static int traffickingAge(Draw draw) {
    double r = draw.uniform(0, 1);
    if (r < UNDER_15_SHARE) {
      return draw.between(10, 14);
    }
    if (r < UNDER_15_SHARE + AGED_15_17_SHARE) {
      return draw.between(15, 17);
    }
    return draw.between(18, 29);
  }

  /** Aged by 1-2 years of shelter to today; never younger than 13. */
  private LocalDate birthDate(Draw draw, int ageAtTrafficking) {
    LocalDate trafficked = today.minusDays(draw.between(365, 730));
    LocalDate born = trafficked.minusYears(ageAtTrafficking).minusDays(draw.between(0, 364));
    if (born.plusYears(MINIMUM_AGE).isAfter(today)) {
      born = today.minusYears(MINIMUM_AGE).minusDays(draw.between(0, 364));
    }
    return born;
  }

  private static String literacy(Draw draw) {
    double r = draw.uniform(0, 1);
    return r < ILLITERATE_SHARE ? "NONE" : r < 0.90 ? "BASIC" : "FUNCTIONAL";
  }

  /** Khmer, and in the north-east sometimes an indigenous language instead of or beside it. */
  private static List<String> languages(Draw draw, String home) {
    List<String> indigenous = Places.INDIGENOUS_LANGUAGES.getOrDefault(home, List.of());
    if (!indigenous.isEmpty() && draw.chance(0.6)) {
      String own = draw.oneOf(indigenous);
      return draw.chance(0.7) ? List.of(own, "km") : List.of(own);
    }
    return List.of("km");
  }

  /** One to three ranked wishes; the trained skill comes first only for some. */
  private List<String> wishes(Draw draw, String sex, String skill) {
    int count = draw.between(1, 3);
    List<String> chosen = new ArrayList<>();
    if (draw.chance(0.35) && allowedWish(skill)) {
      chosen.add(skill);
    }
    chosen.addAll(
        draw.distinct(wishWeights.get(sex), count - chosen.size(), code -> !chosen.contains(code)));
    return chosen;
  }

  private static List<String> preferredProvinces(
      Draw draw, String home, boolean relocate, List<String> avoid) {
    List<String> provinces = new ArrayList<>();
    if (!avoid.contains(home)) {
      provinces.add(home);
    }
    if (relocate) {
      int towns = draw.between(1, 2);
      for (int i = 0; i < towns; i++) {
        String town = draw.oneOf(Places.TOWNS);
        if (!provinces.contains(town) && !avoid.contains(town)) {
          provinces.add(town);
        }
      }
    }
    return provinces;
  }

  private boolean allowedWish(String code) {
    return catalogue.occupation(code).filter(o -> !o.hazardousForMinors()).isPresent();
  }

  /** The weights of occupations the catalogue has (non-hazardous only, for wishes). */
  private Map<String, Integer> known(Map<String, Integer> weights, boolean wish) {
    Map<String, Integer> known = new LinkedHashMap<>();
    weights.forEach(
        (code, w) -> {
          if (wish ? allowedWish(code) : catalogue.isOccupation(code)) {
            known.put(code, w);
          }
        });
    if (known.isEmpty()) {
      catalogue.occupations().stream()
          .filter(o -> !o.hazardousForMinors())
          .map(Occupation::code)
          .forEach(code -> known.put(code, 1));
    }
    return known;
  }
}
