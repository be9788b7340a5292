package org.livelihoodmatch.planning;

import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.livelihood.Money;
import org.livelihoodmatch.livelihood.Pathway;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.planning.domain.PathwayKind;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.store.PlannedOption;

/**
 * Maps a generated {@link Pathway} onto the solver's {@link PathwayOption}: which seat, position,
 * market room and loan fund it draws on, and what it is worth to the client (preference rank,
 * surplus, distance, training weeks and cost), with a short label for explanations.
 */
final class PathwayOptions {

  private final Catalogue catalogue;

  PathwayOptions(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  PlannedOption of(String id, UUID clientId, Pathway pathway) {
    PathwayOption.Builder option =
        PathwayOption.builder(id, clientId, PathwayKind.valueOf(pathway.kind().name()))
            .label(label(pathway))
            .surplusCents(Math.max(0, Money.toCents(pathway.surplus())))
            .preferenceRank(pathway.preferenceRank())
            .distanceKm(pathway.distanceKm());
    if (pathway.expectedRetention() != null) {
      option.retentionPercent(pathway.expectedRetention().percent());
    }
    if (pathway.training() != null) {
      // school is not a cost to keep short: a child belongs there, not in work
      option.training(
          pathway.training().id(),
          pathway.kind() == Pathway.Kind.EDUCATION ? 0 : pathway.training().weeks(),
          Money.toCents(pathway.training().costPerTrainee()));
    }
    if (pathway.job() != null) {
      option.vacancy(pathway.job().id(), pathway.job().employerId());
    }
    if (pathway.marketKey() != null) {
      option.market(pathway.marketKey());
    }
    if (pathway.loan() != null) {
      option.loan(pathway.loan().productCode(), Money.toCents(pathway.loan().amount()));
    }
    if (pathway.familyLivelihood() != null) {
      option.familyLivelihood(pathway.familyLivelihood().code());
    }
    return new PlannedOption(option.build(), pathway.key(), PathwayView.of(pathway));
  }

  /** "Hairdressing, 6 months, then Hairdresser at a salon (Phnom Penh)", "own tailor shop...". */
  String label(Pathway pathway) {
    StringBuilder label = new StringBuilder();
    if (pathway.training() != null) {
      label.append(pathway.training().title()).append(", then ");
    }
    if (pathway.job() != null) {
      label.append(pathway.job().title());
    } else if (pathway.selfEmployment() != null) {
      label.append("own business as ").append(occupationName(pathway.occupation()));
    } else if (pathway.kind() == Pathway.Kind.EDUCATION) {
      label.setLength(0);
      label.append(pathway.training().title());
    } else {
      label.append("the household's own ").append(occupationName(pathway.occupation()));
    }
    label.append(" in ").append(provinceName(pathway.workProvince()));
    if (pathway.loan() != null) {
      label.append(", with a loan of US$").append(pathway.loan().amount().toPlainString());
    }
    if (pathway.familyLivelihood() != null) {
      label.append(", family ").append(pathway.familyLivelihood().nameEn().toLowerCase());
    }
    return label.toString();
  }

  private String occupationName(String code) {
    return catalogue.occupation(code).map(o -> o.nameEn().toLowerCase()).orElse(code);
  }

  private String provinceName(String code) {
    return catalogue.province(code).map(p -> p.nameEn()).orElse(code);
  }
}
