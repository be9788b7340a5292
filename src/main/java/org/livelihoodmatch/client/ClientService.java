package org.livelihoodmatch.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.system.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, reads and updates clients within the caller's organisation, writing every read and
 * change to the audit trail. Another organisation's client is answered as not found.
 */
@Service
class ClientService {

  private final Clients clients;
  private final ClientRules rules;
  private final AuditTrail audit;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final CaseCodes codes;

  ClientService(
      Clients clients,
      ClientRules rules,
      AuditTrail audit,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events,
      CaseCodes codes) {
    this.codes = codes;
    this.clients = clients;
    this.rules = rules;
    this.audit = audit;
    this.jdbc = jdbc;
    this.events = events;
  }

  @Transactional
  Client register(ClientForm form) {
    rules.check(form);
    Staff staff = CurrentStaff.get();
    Client client =
        new Client(
            UUID.randomUUID(), null, staff.organisationId(), nextCode(staff.organisationId()));
    rules.apply(form, client);
    client.status = ClientStatus.ACTIVE;
    client.registeredAt = Instant.now();
    externalIdFree(client);
    Client saved = clients.save(client);
    audit.record("CREATE", "CLIENT", saved.id);
    events.publishEvent(new ClientChanged(saved.id, saved.organisationId));
    return saved;
  }

  @Transactional
  Client read(UUID id) {
    Client client = ownClient(id);
    audit.record("READ", "CLIENT", id);
    return client;
  }

  @Transactional
  Client update(UUID id, ClientForm form) {
    Client client = ownClient(id);
    if (form != null && form.version() == null) {
      throw new org.livelihoodmatch.system.InvalidInputException(
          "version", "is required: send the version you read");
    }
    rules.check(form);
    if (!form.version().equals(client.version)) {
      throw new StaleVersionException("client", id, form.version(), client.version);
    }
    rules.apply(form, client);
    externalIdFree(client);
    Client saved = clients.save(client);
    audit.record("UPDATE", "CLIENT", id);
    events.publishEvent(new ClientChanged(saved.id, saved.organisationId));
    return saved;
  }

  @Transactional
  List<Client> readAll(List<UUID> ids) {
    List<Client> found = clients.findAllById(ids);
    UUID organisation = CurrentStaff.get().organisationId();
    List<Client> own = found.stream().filter(c -> c.organisationId.equals(organisation)).toList();
    if (!own.isEmpty()) {
      // one row for the whole list, naming every client on it
      audit.recordClients(
          "READ",
          "CLIENT",
          null,
          "list: " + own.size() + " clients",
          own.stream().map(c -> c.id).toList());
    }
    return own;
  }

  Client ownClient(UUID id) {
    Staff staff = CurrentStaff.get();
    if (!staff.worksWithClients()) {
      throw new NotFoundException("client", id);
    }
    return clients
        .findByIdAndOrganisationId(id, staff.organisationId())
        .orElseThrow(
            () -> {
              recordIfAnothers(id);
              return new NotFoundException("client", id);
            });
  }

  /** Asking for another organisation's client is answered 404, and written down as a refusal. */
  private void recordIfAnothers(UUID id) {
    jdbc.queryForList("select organisation_id from client where id = ?", UUID.class, id)
        .forEach(
            organisation ->
                audit.recordDenied("CLIENT", id, organisation, "another organisation's client"));
  }

  /** OSCaR's global_id names one client of an organisation: a second one is refused. */
  private void externalIdFree(Client client) {
    if (client.externalId != null
        && Boolean.TRUE.equals(
            jdbc.queryForObject(
                "select exists (select 1 from client where organisation_id = ?"
                    + " and external_id = ? and id <> ?)",
                Boolean.class,
                client.organisationId,
                client.externalId,
                client.id))) {
      throw new ClientStatusConflict(
          "externalId", "another client of your organisation has this external id");
    }
  }

  private String nextCode(UUID organisationId) {
    return codes.next(organisationId);
  }
}
