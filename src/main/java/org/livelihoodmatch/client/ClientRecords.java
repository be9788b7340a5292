package org.livelihoodmatch.client;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.system.FieldProblem;
import org.livelihoodmatch.system.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the officer's client pages do with her organisation's client records: list them a page at a
 * time, show one as the form that edits her, and register or update one through the same {@link
 * ClientForm} and rules as {@code POST} and {@code PUT /api/v1/clients}. Every read is audited as
 * the API's are (a page of the list is one entry naming every client it shows); another
 * organisation's client is not found.
 */
@Service
public class ClientRecords {

  /** A client as her edit form starts: every field the API takes, with the version read. */
  public record Editable(UUID id, String code, ClientForm form) {}

  /** One line of the officer's list. */
  public record Row(
      UUID id,
      String code,
      String givenName,
      String familyName,
      String localGivenName,
      String localFamilyName,
      String sex,
      LocalDate birthDate,
      String homeProvince,
      String status,
      LocalDate availableFrom) {}

  /**
   * What the list is narrowed to; each part may be null. {@code only}: none but these clients (the
   * ones with a follow-up overdue, say).
   */
  public record Filter(String status, String province, String text, Collection<UUID> only) {}

  /** One page of the list and how many clients match in all. */
  public record Found(List<Row> rows, long total) {}

  private final ClientService service;
  private final ClientRules rules;
  private final ClientQueries queries;

  ClientRecords(ClientService service, ClientRules rules, ClientQueries queries) {
    this.service = service;
    this.rules = rules;
    this.queries = queries;
  }

  /** A page of the caller's organisation's clients, newest first: one audited read of them all. */
  @Transactional
  public Found list(Filter filter, Paging paging) {
    ClientQueries.Found found =
        queries.find(
            new ClientQueries.Filter(
                CurrentStaff.get().organisationId(),
                filter.province(),
                filter.status(),
                filter.text(),
                null,
                filter.only()),
            paging,
            ClientQueries.NEWEST_FIRST);
    List<Row> rows =
        service.readAll(found.ids()).stream()
            .sorted(Comparator.comparingInt(c -> found.ids().indexOf(c.id)))
            .map(ClientRecords::row)
            .toList();
    return new Found(rows, found.total());
  }

  /** Her record as the form that edits it (an audited read). */
  @Transactional
  public Editable edit(UUID id) {
    Client c = service.read(id);
    return new Editable(c.id, c.code, wholeForm(c));
  }

  /** Every problem of the form, named by its API field, without storing anything. */
  public List<FieldProblem> problems(ClientForm form) {
    return rules.problems(form).list();
  }

  /** Registers her; returns her id. Bad fields throw, naming each. */
  public UUID register(ClientForm form) {
    return service.register(form).id;
  }

  /**
   * Stores the form over her record when {@code form.version()} is still hers; otherwise {@link
   * org.livelihoodmatch.system.StaleVersionException}.
   */
  public void update(UUID id, ClientForm form) {
    service.update(id, form);
  }

  private static Row row(Client c) {
    return new Row(
        c.id,
        c.code,
        c.givenName,
        c.familyName,
        c.localGivenName,
        c.localFamilyName,
        c.sex,
        c.birthDate,
        c.homeProvince,
        c.status.name(),
        c.availableFrom);
  }

  /**
   * Her whole record as a form, the household's debts, land and animals and her support needs
   * included (unlike the import's form, which leaves them to what is stored).
   */
  private static ClientForm wholeForm(Client c) {
    Client.Household h = c.household;
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
            c.preferences.selfEmployment(),
            c.wantsEducation),
        new ClientForm.Household(
            h.dependants(),
            h.monthlyRemittance(),
            h.canLiveAtHome(),
            h.headOfHousehold(),
            c.debts.stream()
                .map(
                    d ->
                        new ClientForm.DebtForm(
                            d.lender(),
                            d.outstanding(),
                            d.monthlyRepayment(),
                            d.monthlyRatePercent()))
                .toList(),
            h.landHectares(),
            h.keepsAnimals(),
            h.debtSharePercent()),
        new ClientForm.Constraints(
            List.copyOf(c.avoidProvinces), c.needsHealthClinic, List.copyOf(c.supportNeeds)),
        c.availableFrom,
        c.externalId,
        c.externalCaseCode,
        c.localGivenName,
        c.localFamilyName,
        c.homeVillageCode,
        c.version);
  }
}
