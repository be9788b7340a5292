package org.livelihoodmatch.organisation;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Reads the audit trail for the people allowed to: an organisation's planners read what its users
 * did and what was done to its accounts and clients, with its clients' codes; administrators read
 * the security events of every organisation (sign-ins, failures, refusals, locks and account
 * changes), never a client's code; no one else reads it.
 */
@Service
class AuditLog {

  /** One event as its readers see it. */
  record Item(
      Instant at,
      String username,
      String action,
      String entityType,
      UUID entityId,
      UUID clientId,
      String clientCode,
      String detail) {}

  private record Row(
      Instant at,
      String username,
      String action,
      String entityType,
      UUID entityId,
      List<UUID> clientIds,
      String detail) {}

  private final JdbcTemplate jdbc;
  private final ObjectProvider<ClientCodes> codes;

  AuditLog(JdbcTemplate jdbc, ObjectProvider<ClientCodes> codes) {
    this.jdbc = jdbc;
    this.codes = codes;
  }

  PageOf<Item> read(AuditFilter filter, Paging paging) {
    Staff reader = CurrentStaff.get();
    boolean administrator = reader.has(Role.ADMIN);
    if (!administrator && !reader.has(Role.PLANNER)) {
      throw new AccessDeniedException("only planners and administrators read the audit trail");
    }
    StringBuilder where = new StringBuilder(" where ");
    List<Object> args = new ArrayList<>();
    if (administrator) {
      // security events only: sign-ins, failures, refusals, locks and account changes
      where.append("entity_type in ('SIGN_IN', 'USER')");
    } else {
      where.append("(organisation_id = ? or subject_organisation_id = ?)");
      args.add(reader.organisationId());
      args.add(reader.organisationId());
    }
    if (filter.clientId() != null) {
      where.append(
          " and ((entity_type = 'CLIENT' and entity_id = ?) or client_ids @> array[?]::uuid[])");
      args.add(filter.clientId());
      args.add(filter.clientId());
    }
    if (filter.username() != null) {
      where.append(" and username = ?");
      args.add(filter.username());
    }
    if (filter.action() != null) {
      where.append(" and action = ?");
      args.add(filter.action());
    }
    if (filter.from() != null) {
      where.append(" and at >= ?");
      args.add(Timestamp.from(filter.from()));
    }
    if (filter.to() != null) {
      where.append(" and at < ?");
      args.add(Timestamp.from(filter.to()));
    }
    Long total =
        jdbc.queryForObject("select count(*) from audit_event" + where, Long.class, args.toArray());
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(paging.size());
    pageArgs.add(paging.offset());
    List<Row> rows =
        jdbc.query(
            "select at, username, action, entity_type, entity_id, client_ids, detail"
                + " from audit_event"
                + where
                + " order by at desc, id desc limit ? offset ?",
            (rs, i) ->
                new Row(
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("username"),
                    rs.getString("action"),
                    rs.getString("entity_type"),
                    rs.getObject("entity_id", UUID.class),
                    uuids(rs.getArray("client_ids")),
                    rs.getString("detail")),
            pageArgs.toArray());
    List<Item> items = items(rows, filter.clientId(), administrator ? null : reader);
    return new PageOf<>(items, paging.page(), paging.size(), total == null ? 0 : total);
  }

  private List<Item> items(List<Row> rows, UUID asked, Staff planner) {
    List<Item> items = new ArrayList<>();
    List<UUID> shown = new ArrayList<>();
    List<UUID> clientOfRow = new ArrayList<>();
    for (Row row : rows) {
      UUID client = clientOf(row, asked);
      clientOfRow.add(client);
      if (client != null) {
        shown.add(client);
      }
    }
    ClientCodes lookup = codes.getIfAvailable();
    Map<UUID, String> code =
        planner == null || lookup == null || shown.isEmpty()
            ? Map.of()
            : lookup.of(planner.organisationId(), shown);
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      UUID client = clientOfRow.get(i);
      items.add(
          new Item(
              row.at(),
              row.username(),
              row.action(),
              row.entityType(),
              row.entityId(),
              client,
              client == null ? null : code.get(client),
              row.detail()));
    }
    return items;
  }

  /**
   * The client a row is about: the record it names, or, for a row that names several (a list, a
   * search, a plan page, an export), the one asked about or the only one.
   */
  private static UUID clientOf(Row row, UUID asked) {
    if ("CLIENT".equals(row.entityType()) && row.entityId() != null) {
      return row.entityId();
    }
    if (asked != null && row.clientIds().contains(asked)) {
      return asked;
    }
    return row.clientIds().size() == 1 ? row.clientIds().get(0) : null;
  }

  private static List<UUID> uuids(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    return Arrays.stream(values)
        .map(v -> v instanceof UUID u ? u : UUID.fromString(v.toString()))
        .toList();
  }
}
