package org.livelihoodmatch.system;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Locks one row for the rest of the transaction ({@code select ... for update}), so concurrent
 * changes of a capacity or a status are served one after the other. The one place the lock's SQL is
 * written; the callers' lock order (client, placement, vacancy, intake, market, fund) keeps them
 * from deadlocking.
 */
public final class RowLock {

  private RowLock() {}

  /** Locks the row of {@code table} with this id; false when there is none. */
  public static boolean lock(JdbcTemplate jdbc, String table, UUID id) {
    return !jdbc.queryForList("select id from " + table + " where id = ? for update", id).isEmpty();
  }
}
