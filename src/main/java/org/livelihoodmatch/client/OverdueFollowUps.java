package org.livelihoodmatch.client;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Which clients of an organisation wait for a follow-up visit that is overdue, as the placement
 * module knows it: implemented there (it depends on this module, not the reverse), so that the
 * officer's list of clients filters by "follow-up due" without reading another module's tables.
 */
public interface OverdueFollowUps {

  /**
   * The organisation's clients whose running placement has a monthly visit due before {@code today}
   * and not yet recorded, each with the day that visit was due.
   */
  Map<UUID, LocalDate> overdue(UUID organisationId, LocalDate today);
}
