package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/**
 * Justifies a "Household family loan once" match: two clients of one household both draw the loan
 * for the same family livelihood, which a household may draw only once.
 */
public record FamilyLoanRepeated(
    UUID householdId, String familyLivelihoodCode, UUID clientId, UUID otherClientId)
    implements CohortJustification {

  @Override
  public List<UUID> clientIds() {
    return List.of(clientId, otherClientId);
  }

  @Override
  public String toString() {
    return Character.toUpperCase(Phrases.clients(clientIds()).charAt(0))
        + Phrases.clients(clientIds()).substring(1)
        + " of household "
        + Phrases.shortId(householdId)
        + " both draw the family livelihood loan for "
        + familyLivelihoodCode
        + "; a household draws it once.";
  }

  @Override
  public Sentence sentence() {
    return Sentence.of(
        "plan.say.familyLoanOnce",
        new Term.Clients(clientIds()),
        new Term.FamilyLivelihood(familyLivelihoodCode));
  }
}
