package org.livelihoodmatch.client;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's organisation's clients for an export to a spreadsheet or a case-management system:
 * each as the same {@link ClientForm} an import reads, so that a file exported and imported again
 * changes nothing. One export is one audit entry naming every client in it.
 */
@Service
public class ClientExport {

  /** One client of an export: her ids, case code, status and record. */
  public record Exported(UUID id, String code, ClientStatus status, ClientForm form) {}

  private final Clients clients;
  private final AuditTrail audit;

  ClientExport(Clients clients, AuditTrail audit) {
    this.clients = clients;
    this.audit = audit;
  }

  /** Every client of the caller's organisation, in the order of their case codes; audited. */
  @Transactional
  public List<Exported> all(String format) {
    UUID organisation = CurrentStaff.get().organisationId();
    List<Exported> all =
        clients.findByOrganisationId(organisation).stream()
            .sorted(Comparator.comparing((Client c) -> c.code))
            .map(c -> new Exported(c.id, c.code, c.status, formOf(c)))
            .toList();
    audit.recordClients(
        "EXPORT",
        "CLIENT",
        null,
        "export " + format + ": " + all.size() + " clients",
        all.stream().map(Exported::id).toList());
    return all;
  }

  /** The external ids of the caller's organisation's clients who have one, by client id. */
  public java.util.Map<UUID, String> externalIds() {
    java.util.Map<UUID, String> ids = new java.util.HashMap<>();
    for (Client c : clients.findByOrganisationId(CurrentStaff.get().organisationId())) {
      if (c.externalId != null) {
        ids.put(c.id, c.externalId);
      }
    }
    return ids;
  }

  /** Her record as a form: what she would be posted or imported as. */
  static ClientForm formOf(Client c) {
    return new ClientForm(
        c.givenName,
        c.familyName,
        c.sex,
        c.birthDate,
        c.homeProvince,
        List.copyOf(c.languages),
        c.literacy,
        c.skills.stream().map(s -> new ClientForm.SkillForm(s.occupation(), s.level())).toList(),
        new ClientForm.Preferences(
            List.copyOf(c.preferences.occupations()),
            List.copyOf(c.preferences.provinces()),
            c.preferences.willingToRelocate(),
            c.preferences.selfEmployment()),
        new ClientForm.Household(
            c.household.dependants(),
            c.household.monthlyRemittance(),
            c.household.canLiveAtHome(),
            c.household.headOfHousehold()),
        new ClientForm.Constraints(List.copyOf(c.avoidProvinces), c.needsHealthClinic),
        c.availableFrom,
        c.externalId,
        c.externalCaseCode,
        c.localGivenName,
        c.localFamilyName,
        c.homeVillageCode,
        c.version);
  }
}
