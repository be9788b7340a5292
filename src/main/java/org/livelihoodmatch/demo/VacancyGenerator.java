package org.livelihoodmatch.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.catalogue.WageFloor;

/**
 * Draws lawful synthetic vacancies for the synthetic employers: the occupation from the employer's
 * trade; the wage at or above the sector's legal floor on the start date (a little above it), or,
 * where the law sets no floor, the occupation's market wage ±20%; 40-48 hours; minimum age 18 for
 * work hazardous to minors, else 15-18; start in 1-12 months.
 */
final class VacancyGenerator {

  private static final List<Integer> HOURS = List.of(40, 44, 45, 48, 48, 48);
  private static final Map<Integer, Integer> MIN_AGES = Places.ordered(15, 2, 16, 1, 18, 3);

  private final Catalogue catalogue;
  private final LocalDate today;
  private final Map<String, Integer> provinces;
  private final VacancyTexts texts;
  private final Map<String, Integer> fallback = new LinkedHashMap<>();

  VacancyGenerator(Catalogue catalogue, LocalDate today) {
    this.catalogue = catalogue;
    this.today = today;
    this.provinces = Places.known(Places.WORK, catalogue);
    this.texts = new VacancyTexts(catalogue);
    catalogue.occupations().stream()
        .filter(o -> !o.hazardousForMinors())
        .forEach(o -> fallback.put(o.code(), 1));
  }

  SyntheticVacancy next(Draw draw, List<SyntheticEmployer> employers) {
    int index = draw.between(0, employers.size() - 1);
    SyntheticEmployer employer = employers.get(index);
    Occupation occupation =
        catalogue.occupation(draw.weighted(occupations(employer))).orElseThrow();
    String province = draw.chance(0.8) ? employer.province() : draw.weighted(provinces);
    String address =
        province.equals(employer.province()) && draw.chance(0.5)
            ? employer.address()
            : Places.address(draw, province, catalogue);
    LocalDate start = draw.daysAfter(today, 30, 365);
    boolean factory = "garment".equals(occupation.sector());
    int positions = factory ? draw.between(5, 20) : draw.between(1, 6);
    BigDecimal wage = wage(draw, occupation, start);
    int hours = draw.oneOf(HOURS);
    boolean accommodation = draw.chance(0.1);
    boolean meals = draw.chance("hospitality".equals(employer.trade()) ? 0.6 : 0.15);
    VacancyTexts.Text text =
        texts.write(
            draw, employer, occupation, province, positions, wage, hours, accommodation, meals);
    return new SyntheticVacancy(
        index,
        text.title(),
        occupation.code(),
        province,
        address,
        positions,
        wage,
        hours,
        accommodation,
        meals,
        minAge(draw, occupation),
        start,
        text.description());
  }

  /** The floor in force on the start date plus up to US$25, or the market wage ±20%. */
  BigDecimal wage(Draw draw, Occupation occupation, LocalDate start) {
    BigDecimal floor =
        catalogue.wageFloor(occupation.sector(), start).map(WageFloor::monthlyWage).orElse(null);
    if (floor != null) {
      return floor.add(BigDecimal.valueOf(draw.between(0, 25))).setScale(2);
    }
    BigDecimal factor = BigDecimal.valueOf(draw.between(80, 120)).movePointLeft(2);
    return occupation.marketWage().multiply(factor).setScale(0, RoundingMode.HALF_UP).setScale(2);
  }

  private static int minAge(Draw draw, Occupation occupation) {
    if (occupation.hazardousForMinors()) {
      return 18;
    }
    return draw.weighted(MIN_AGES);
  }

  private Map<String, Integer> occupations(SyntheticEmployer employer) {
    Map<String, Integer> known = new LinkedHashMap<>();
    Trades.find(employer.trade())
        .ifPresent(
            t ->
                t.occupations()
                    .forEach(
                        (code, w) -> {
                          if (catalogue.isOccupation(code)) {
                            known.put(code, w);
                          }
                        }));
    return known.isEmpty() ? fallback : known;
  }
}
