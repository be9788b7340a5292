package org.livelihoodmatch.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.livelihoodmatch.livelihood.Pathway;
import org.livelihoodmatch.livelihood.RetentionKey;

/**
 * What the outcome module keeps of a new placement: who (sex, age band: no name), where, with whom
 * (the retention key), and from when she earns.
 */
public record PlacedFacts(
    UUID placementId,
    UUID clientId,
    UUID organisationId,
    String kind,
    RetentionKey key,
    String sex,
    AgeBand ageBand,
    LocalDate startDate,
    LocalDate earningFrom,
    boolean selfEmployed,
    BigDecimal plannedSurplus) {

  /** The age bands of reports: children, minors who may work, young adults, adults. */
  public enum AgeBand {
    UNDER_15("UNDER_15"),
    FROM_15_TO_17("15_17"),
    FROM_18_TO_24("18_24"),
    FROM_25("25_PLUS");

    private final String code;

    AgeBand(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static AgeBand at(LocalDate birthDate, LocalDate on) {
      int age = Period.between(birthDate, on).getYears();
      return age < 15 ? UNDER_15 : age < 18 ? FROM_15_TO_17 : age < 25 ? FROM_18_TO_24 : FROM_25;
    }

    public static AgeBand ofCode(String code) {
      for (AgeBand band : values()) {
        if (band.code.equals(code)) {
          return band;
        }
      }
      throw new IllegalArgumentException("no age band " + code);
    }
  }

  /** The facts of a pathway placed for a client born on {@code birthDate}. */
  public static PlacedFacts of(
      UUID placementId,
      UUID clientId,
      UUID organisationId,
      Pathway pathway,
      String sex,
      LocalDate birthDate,
      LocalDate startDate) {
    LocalDate earning =
        pathway.training() != null && pathway.training().endDate().isAfter(startDate)
            ? pathway.training().endDate().plusDays(1)
            : startDate;
    return new PlacedFacts(
        placementId,
        clientId,
        organisationId,
        pathway.kind().name(),
        RetentionKey.of(pathway),
        sex,
        AgeBand.at(birthDate, startDate),
        startDate,
        earning,
        pathway.selfEmployment() != null,
        pathway.surplus());
  }
}
