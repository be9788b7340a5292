package org.livelihoodmatch.vacancy;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.catalogue.WageFloor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the vacancy form offers to choose from, in the reader's language: occupations and provinces
 * of the catalogue, and the wage guide beside the wage field (the legal floor of each sector that
 * has one, and the usual pay of each occupation), so that an honest employer gets it right first.
 */
@Component
class VacancyFormChoices {

  /** One option of a select. */
  record Choice(String code, String label, String floor, String usualWage) {}

  /** A sector's legal minimum wage in force today. */
  record Floor(String sector, BigDecimal monthlyWage, LocalDate from) {}

  /** One row of the wage guide. */
  record WageRow(String occupation, String legalMinimum, BigDecimal usualWage) {}

  /** Everything the form shows to choose from. */
  record Choices(
      List<Choice> occupations,
      List<Choice> provinces,
      List<Floor> floors,
      List<WageRow> wages,
      ChoicesMarkup markup) {

    /** The occupation options as HTML, the one of {@code selected} marked. */
    public String occupationOptions(String selected) {
      return ChoicesMarkup.select(markup.occupationOptions(), selected);
    }

    /** The province options as HTML, the one of {@code selected} marked. */
    public String provinceOptions(String selected) {
      return ChoicesMarkup.select(markup.provinceOptions(), selected);
    }

    public String wageRows() {
      return markup.wageRows();
    }

    /** The option of a code, to say the selected occupation's floor beside the wage field. */
    public Optional<Choice> occupation(String code) {
      return occupations.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** An occupation's name in the reader's language (the code when unknown). */
    public String occupationName(String code) {
      return occupation(code).map(Choice::label).orElse(code);
    }

    /** A province's name in the reader's language (the code when unknown). */
    public String provinceName(String code) {
      return provinces.stream()
          .filter(c -> c.code().equals(code))
          .map(Choice::label)
          .findFirst()
          .orElse(code);
    }
  }

  private final Catalogue catalogue;
  private final Clock clock;
  private final MessageSource messages;
  private final Map<String, Choices> cache = new ConcurrentHashMap<>();
  private volatile LocalDate cachedOn;

  VacancyFormChoices(Catalogue catalogue, Clock clock, MessageSource messages) {
    this.catalogue = catalogue;
    this.clock = clock;
    this.messages = messages;
  }

  /** The choices in the reader's language, made once a day per language. */
  Choices in(Locale locale) {
    boolean khmer = "km".equals(locale.getLanguage());
    LocalDate today = LocalDate.now(clock);
    if (!today.equals(cachedOn)) {
      cache.clear();
      cachedOn = today;
    }
    return cache.computeIfAbsent(khmer ? "km" : "en", language -> make(khmer, today));
  }

  private Choices make(boolean khmer, LocalDate today) {
    Locale locale = khmer ? Locale.forLanguageTag("km") : Locale.ENGLISH;
    Comparator<Choice> byLabel = Comparator.comparing(Choice::label, Collator.getInstance(locale));
    List<Choice> occupations =
        catalogue.occupations().stream()
            .map(
                o ->
                    new Choice(
                        o.code(),
                        khmer ? o.nameKm() : o.nameEn(),
                        floor(o, today).map(f -> f.monthlyWage().toPlainString()).orElse(null),
                        o.marketWage().toPlainString()))
            .sorted(byLabel)
            .toList();
    List<Choice> provinces =
        catalogue.provinces().stream()
            .map(p -> new Choice(p.code(), khmer ? p.nameKm() : p.nameEn(), null, null))
            .sorted(byLabel)
            .toList();
    List<Floor> floors =
        catalogue.occupations().stream()
            .map(Occupation::sector)
            .distinct()
            .flatMap(sector -> catalogue.wageFloor(sector, today).stream())
            .map(f -> new Floor(f.sector(), f.monthlyWage(), f.effectiveFrom()))
            .toList();
    List<WageRow> wages =
        occupations.stream()
            .map(c -> new WageRow(c.label(), c.floor(), new BigDecimal(c.usualWage())))
            .toList();
    String none = messages.getMessage("vacancy.wage.none", null, "none", locale);
    return new Choices(
        occupations,
        provinces,
        floors,
        wages,
        ChoicesMarkup.of(occupations, provinces, wages, none));
  }

  private Optional<WageFloor> floor(Occupation occupation, LocalDate today) {
    return catalogue.wageFloor(occupation.sector(), today);
  }
}
