package org.livelihoodmatch.placement;

import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.livelihood.PathwayView;

/**
 * A pathway as a caller posts it to be placed: as matches and plan assignments show it, of which
 * only what tells pathways apart is read (its kind, the intake's and vacancy's ids, the market, the
 * loan product, the family livelihood). Budget, score, reasons and every figure are ignored and
 * recomputed, so nothing posted is trusted and a partial copy is enough.
 */
record PostedPathway(
    String kind,
    Ref training,
    Ref vacancy,
    Market selfEmployment,
    Product loan,
    Code familyLivelihood) {

  record Ref(UUID id) {}

  record Market(String marketKey, String province, String occupation) {
    String key() {
      return marketKey != null ? marketKey : province + ":" + occupation;
    }
  }

  record Product(String product) {}

  record Code(String code) {}

  /** The same pathway in the shape the lookup reads: ids and codes, no figures. */
  PathwayView asView() {
    return new PathwayView(
        kind,
        training == null
            ? null
            : new PathwayView.Training(training.id(), null, null, null, null, null, List.of()),
        vacancy == null
            ? null
            : new PathwayView.Vacancy(vacancy.id(), null, null, null, null, List.of()),
        selfEmployment == null
            ? null
            : new PathwayView.SelfEmployment(
                selfEmployment.province(),
                selfEmployment.occupation(),
                null,
                null,
                selfEmployment.key()),
        loan == null ? null : new PathwayView.Loan(loan.product(), null, null, 0),
        familyLivelihood == null
            ? null
            : new PathwayView.FamilyLivelihood(familyLivelihood.code(), null, null, null),
        null,
        0,
        0,
        List.of());
  }
}
