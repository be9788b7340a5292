package org.livelihoodmatch.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.system.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many clients of the caller's organisation registered or updated at once, from a spreadsheet or a
 * case-management system's export, held to the same rules as {@code POST /api/v1/clients} (the same
 * {@link ClientForm} and checks). Everything runs in the caller's one transaction: the caller looks
 * up the clients its rows name (locked), checks every form, and stores them all or none. A row that
 * changes nothing is left alone (no write, no audit entry, no new version).
 */
@Service
public class ClientImport {

  /** A client a row names, as her record stands now. */
  public static final class Existing {
    private final Client client;
    private final ClientForm form;

    Existing(Client client) {
      this.client = client;
      this.form = ClientExport.formOf(client);
    }

    public UUID id() {
      return client.id;
    }

    public String code() {
      return client.code;
    }

    /** Her record as a form, for a row to be laid over ({@link ClientForm#over}). */
    public ClientForm form() {
      return form;
    }
  }

  /** One row: a new client ({@code existing} null) or a change of one, with its complete form. */
  public record Change(Existing existing, ClientForm form) {}

  /** What an import did, or would do. */
  public record Counts(int created, int updated, int unchanged, List<UUID> ids) {}

  private final Clients clients;
  private final ClientRules rules;
  private final CaseCodes codes;
  private final AuditTrail audit;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  ClientImport(
      Clients clients,
      ClientRules rules,
      CaseCodes codes,
      AuditTrail audit,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events) {
    this.clients = clients;
    this.rules = rules;
    this.codes = codes;
    this.audit = audit;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** The caller's clients with these external ids, by external id, locked. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<String, Existing> byExternalId(Collection<String> externalIds) {
    Map<String, Existing> found = new HashMap<>();
    for (Client c :
        locked("external_id = any(cast(? as varchar[]))", externalIds.toArray(String[]::new))) {
      found.put(c.externalId, new Existing(c));
    }
    return found;
  }

  /** The caller's clients with these ids (rows exported without an external id), locked. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<UUID, Existing> byId(Collection<UUID> ids) {
    Map<UUID, Existing> found = new HashMap<>();
    for (Client c :
        locked(
            "id = any(cast(? as uuid[]))",
            ids.stream().map(UUID::toString).toArray(String[]::new))) {
      found.put(c.id, new Existing(c));
    }
    return found;
  }

  /** The problems of a form, named by their JSON fields, exactly as the API would answer them. */
  public List<FieldProblem> problems(ClientForm form) {
    return rules.problems(form).list();
  }

  /**
   * Counts what the changes do and, when {@code store}, stores them: new clients under new codes,
   * changed ones with their version moved on; one audit entry per client stored and one event for
   * the index. Every form must have been checked ({@link #problems}) first.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Counts apply(List<Change> changes, boolean store) {
    UUID organisation = CurrentStaff.get().organisationId();
    List<Client> created = new ArrayList<>();
    List<Client> updated = new ArrayList<>();
    int unchanged = 0;
    for (Change change : changes) {
      rules.check(change.form());
      if (change.existing() == null) {
        Client c = new Client(UUID.randomUUID(), null, organisation, null);
        rules.apply(change.form(), c);
        c.status = ClientStatus.ACTIVE;
        c.registeredAt = Instant.now();
        created.add(c);
      } else {
        Client c = change.existing().client;
        List<Object> before = fingerprint(c);
        rules.apply(change.form(), c);
        if (before.equals(fingerprint(c))) {
          unchanged++;
        } else {
          updated.add(c);
        }
      }
    }
    List<UUID> ids = new ArrayList<>();
    if (store) {
      try {
        store(organisation, created, updated, ids);
      } catch (RuntimeException e) {
        if (!duplicate(e)) {
          throw e;
        }
        // another import (or registration) stored one of these external ids meanwhile
        throw new ClientStatusConflict(
            "externalId",
            "another client with one of these external ids was stored meanwhile: import again");
      }
    }
    return new Counts(created.size(), updated.size(), unchanged, ids);
  }

  private void store(
      UUID organisation, List<Client> created, List<Client> updated, List<UUID> ids) {
    if (!created.isEmpty()) {
      int number = codes.first(organisation, created.size());
      for (Client c : created) {
        c.code = CaseCodes.code(number++);
      }
      clients.saveAll(created);
      audit.recordEach("CREATE", "CLIENT", ids(created), "import");
      ids.addAll(ids(created));
    }
    if (!updated.isEmpty()) {
      clients.saveAll(updated);
      audit.recordEach("UPDATE", "CLIENT", ids(updated), "import");
      ids.addAll(ids(updated));
    }
    if (!ids.isEmpty()) {
      events.publishEvent(new ClientsChanged(List.copyOf(ids), organisation));
    }
  }

  private List<Client> locked(String condition, Object[] values) {
    if (values.length == 0) {
      return List.of();
    }
    List<UUID> ids =
        jdbc.queryForList(
            "select id from client where organisation_id = ? and "
                + condition
                + " order by id for update",
            UUID.class,
            CurrentStaff.get().organisationId(),
            values);
    return ids.isEmpty() ? List.of() : clients.findAllById(ids);
  }

  private static boolean duplicate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.springframework.dao.DuplicateKeyException) {
        return true;
      }
    }
    return false;
  }

  private static List<UUID> ids(List<Client> list) {
    return list.stream().map(c -> c.id).toList();
  }

  /** Everything an import can change of her record. */
  private static List<Object> fingerprint(Client c) {
    return Arrays.asList(
        c.externalId,
        c.externalCaseCode,
        c.givenName,
        c.familyName,
        c.localGivenName,
        c.localFamilyName,
        c.sex,
        c.birthDate,
        c.homeProvince,
        c.homeVillageCode,
        List.copyOf(c.languages),
        c.literacy,
        List.copyOf(c.skills),
        c.preferences,
        c.household,
        List.copyOf(c.avoidProvinces),
        c.needsHealthClinic,
        c.availableFrom);
  }
}
