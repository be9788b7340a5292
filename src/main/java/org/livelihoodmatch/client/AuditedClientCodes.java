package org.livelihoodmatch.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.organisation.ClientCodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The audit trail's view of client codes: an organisation's own clients only, codes only. */
@Component
class AuditedClientCodes implements ClientCodes {

  private final JdbcTemplate jdbc;

  AuditedClientCodes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<UUID, String> of(UUID organisationId, Collection<UUID> clientIds) {
    Map<UUID, String> codes = new HashMap<>();
    if (organisationId == null || clientIds.isEmpty()) {
      return codes;
    }
    jdbc.query(
        "select id, code from client where organisation_id = ? and id = any(cast(? as uuid[]))",
        rs -> {
          codes.put(rs.getObject("id", UUID.class), rs.getString("code"));
        },
        organisationId,
        clientIds.stream().map(UUID::toString).distinct().toArray(String[]::new));
    return codes;
  }
}
