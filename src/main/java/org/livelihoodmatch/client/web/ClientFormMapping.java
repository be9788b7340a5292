package org.livelihoodmatch.client.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.livelihoodmatch.client.ClientForm;

/**
 * Between the page's form and the API's {@link ClientForm}: her record as the page shows it, and
 * the page's answers as the form the service checks, without the empty rows. Remembers which page
 * row each list element came from, so that the service's {@code skills[0].occupation} is put beside
 * the row the officer filled in, whichever rows she left empty.
 */
final class ClientFormMapping {

  private static final Pattern ROW =
      Pattern.compile("^(skills|preferences\\.occupations|household\\.debts)\\[(\\d+)]");

  /** Page fields the whole of a checkbox group answers for: an element is named by its group. */
  private static final Pattern GROUP =
      Pattern.compile(
          "^(languages|preferences\\.provinces|constraints\\.avoidProvinces|constraints\\.supportNeeds)\\[\\d+]$");

  private final List<Integer> skillRows = new ArrayList<>();
  private final List<Integer> wishRows = new ArrayList<>();
  private final List<Integer> debtRows = new ArrayList<>();
  private final ClientForm form;

  private ClientFormMapping(ClientPageForm page) {
    this.form = toApi(page);
  }

  /** The page's answers as the API's form, remembering where each row came from. */
  static ClientFormMapping of(ClientPageForm page) {
    return new ClientFormMapping(page);
  }

  ClientForm form() {
    return form;
  }

  /** The page's input for a field the service named. */
  String pageField(String apiField) {
    Matcher group = GROUP.matcher(apiField);
    if (group.matches()) {
      return group.group(1);
    }
    Matcher row = ROW.matcher(apiField);
    if (row.find()) {
      List<Integer> rows =
          switch (row.group(1)) {
            case "skills" -> skillRows;
            case "preferences.occupations" -> wishRows;
            default -> debtRows;
          };
      int index = Integer.parseInt(row.group(2));
      if (index < rows.size()) {
        return row.group(1) + "[" + rows.get(index) + "]" + apiField.substring(row.end());
      }
    }
    return apiField;
  }

  private ClientForm toApi(ClientPageForm p) {
    List<ClientForm.SkillForm> skills = new ArrayList<>();
    for (int i = 0; i < p.skills.size(); i++) {
      ClientPageForm.SkillRow s = p.skills.get(i);
      if (s != null && !s.isEmpty()) {
        skills.add(new ClientForm.SkillForm(s.occupation, s.level));
        skillRows.add(i);
      }
    }
    List<String> wishes = new ArrayList<>();
    for (int i = 0; i < p.preferences.occupations.size(); i++) {
      String o = p.preferences.occupations.get(i);
      if (o != null && !o.isBlank()) {
        wishes.add(o);
        wishRows.add(i);
      }
    }
    List<ClientForm.DebtForm> debts = new ArrayList<>();
    for (int i = 0; i < p.household.debts.size(); i++) {
      ClientPageForm.DebtRow d = p.household.debts.get(i);
      if (d != null && !d.isEmpty()) {
        debts.add(
            new ClientForm.DebtForm(
                blankAsNull(d.lender), d.outstanding, d.monthlyRepayment, d.monthlyRatePercent));
        debtRows.add(i);
      }
    }
    ClientPageForm.Household h = p.household;
    return new ClientForm(
        p.givenName,
        p.familyName,
        blankAsNull(p.sex),
        p.birthDate,
        blankAsNull(p.homeProvince),
        List.copyOf(p.languages),
        blankAsNull(p.literacy),
        skills,
        new ClientForm.Preferences(
            wishes,
            List.copyOf(p.preferences.provinces),
            p.preferences.willingToRelocate,
            p.preferences.selfEmployment,
            p.preferences.education),
        new ClientForm.Household(
            h.dependants,
            h.monthlyRemittance,
            h.canLiveAtHome,
            h.headOfHousehold,
            debts,
            h.landHectares,
            h.keepsAnimals,
            h.debtSharePercent),
        new ClientForm.Constraints(
            List.copyOf(p.constraints.avoidProvinces),
            p.constraints.needsHealthClinic,
            List.copyOf(p.constraints.supportNeeds)),
        p.availableFrom,
        // the page shows every one of these: an empty input clears what was stored
        emptyIfNull(p.externalId),
        emptyIfNull(p.externalCaseCode),
        emptyIfNull(p.localGivenName),
        emptyIfNull(p.localFamilyName),
        emptyIfNull(p.homeVillageCode),
        p.version);
  }

  /** Her record as the page shows it. */
  static ClientPageForm toPage(ClientForm f) {
    ClientPageForm p = new ClientPageForm();
    p.givenName = f.givenName();
    p.familyName = f.familyName();
    p.localGivenName = f.localGivenName();
    p.localFamilyName = f.localFamilyName();
    p.sex = f.sex();
    p.birthDate = f.birthDate();
    p.homeProvince = f.homeProvince();
    p.homeVillageCode = f.homeVillageCode();
    p.languages = new ArrayList<>(f.languages());
    p.literacy = f.literacy();
    f.skills().forEach(s -> p.skills.add(new ClientPageForm.SkillRow(s.occupation(), s.level())));
    p.preferences.occupations.addAll(f.preferences().occupations());
    p.preferences.provinces.addAll(f.preferences().provinces());
    p.preferences.willingToRelocate = Boolean.TRUE.equals(f.preferences().willingToRelocate());
    p.preferences.selfEmployment = Boolean.TRUE.equals(f.preferences().selfEmployment());
    p.preferences.education = Boolean.TRUE.equals(f.preferences().education());
    ClientForm.Household h = f.household();
    p.household.dependants = h.dependants();
    p.household.monthlyRemittance = h.monthlyRemittance();
    p.household.canLiveAtHome = Boolean.TRUE.equals(h.canLiveAtHome());
    p.household.headOfHousehold = Boolean.TRUE.equals(h.headOfHousehold());
    h.debts()
        .forEach(
            d ->
                p.household.debts.add(
                    new ClientPageForm.DebtRow(
                        d.lender(),
                        d.outstanding(),
                        d.monthlyRepayment(),
                        d.monthlyRatePercent())));
    p.household.landHectares = h.landHectares();
    p.household.keepsAnimals = Boolean.TRUE.equals(h.keepsAnimals());
    p.household.debtSharePercent = h.debtSharePercent();
    p.constraints.avoidProvinces.addAll(f.constraints().avoidProvinces());
    p.constraints.needsHealthClinic = Boolean.TRUE.equals(f.constraints().needsHealthClinic());
    p.constraints.supportNeeds.addAll(f.constraints().supportNeeds());
    p.availableFrom = f.availableFrom();
    p.externalId = f.externalId();
    p.externalCaseCode = f.externalCaseCode();
    p.version = f.version();
    return p;
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static String emptyIfNull(String text) {
    return text == null ? "" : text;
  }
}
