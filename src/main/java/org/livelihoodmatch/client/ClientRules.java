package org.livelihoodmatch.client;

import java.text.Normalizer;
import java.util.List;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.livelihood.Money;
import org.livelihoodmatch.system.Validation;
import org.springframework.stereotype.Component;

/**
 * Checks a client form against the catalogues (province and occupation codes) on top of its
 * annotations, and copies a valid form onto the aggregate.
 */
@Component
class ClientRules {

  private final Validation validation;
  private final Catalogue catalogue;

  ClientRules(Validation validation, Catalogue catalogue) {
    this.validation = validation;
    this.catalogue = catalogue;
  }

  void check(ClientForm form) {
    problems(form).throwIfAny();
  }

  /** Every problem of the form, named by its JSON field, without throwing. */
  Validation.Problems problems(ClientForm form) {
    Validation.Problems problems = validation.of(form);
    if (form == null) {
      return problems;
    }
    visible(problems, "givenName", form.givenName());
    visible(problems, "familyName", form.familyName());
    province(problems, "homeProvince", form.homeProvince());
    visibleIfAny(problems, "localGivenName", form.localGivenName());
    visibleIfAny(problems, "localFamilyName", form.localFamilyName());
    String village = form.homeVillageCode();
    if (village != null
        && !village.isEmpty()
        && !problems.has("homeVillageCode")
        && form.homeProvince() != null
        && !village.startsWith(form.homeProvince())) {
      problems.add("homeVillageCode", "must lie in the home province " + form.homeProvince());
    }
    if (form.skills() != null) {
      for (int i = 0; i < form.skills().size(); i++) {
        ClientForm.SkillForm skill = form.skills().get(i);
        if (skill != null) {
          occupation(problems, "skills[" + i + "].occupation", skill.occupation());
        }
      }
    }
    if (form.preferences() != null) {
      provinces(problems, "preferences.provinces", form.preferences().provinces());
      List<String> occupations = form.preferences().occupations();
      if (occupations != null) {
        for (int i = 0; i < occupations.size(); i++) {
          occupation(problems, "preferences.occupations[" + i + "]", occupations.get(i));
        }
      }
    }
    if (form.constraints() != null) {
      provinces(problems, "constraints.avoidProvinces", form.constraints().avoidProvinces());
    }
    if (form.household() != null && !Money.inWholeCents(form.household().monthlyRemittance())) {
      problems.add("household.monthlyRemittance", Money.NOT_IN_CENTS);
    }
    if (form.household() != null) {
      HouseholdRules.check(problems, form.household());
    }
    return problems;
  }

  private void province(Validation.Problems problems, String field, String code) {
    catalogue.provinceProblem(code).ifPresent(m -> problems.add(field, m));
  }

  private void provinces(Validation.Problems problems, String field, List<String> codes) {
    if (codes != null) {
      for (int i = 0; i < codes.size(); i++) {
        province(problems, field + "[" + i + "]", codes.get(i));
      }
    }
  }

  private void occupation(Validation.Problems problems, String field, String code) {
    if (code == null) {
      problems.add(field, "must not be null");
    }
    catalogue.occupationProblem(code).ifPresent(m -> problems.add(field, m));
  }

  /** Copies a checked form onto the client. */
  void apply(ClientForm form, Client client) {
    // One form of each letter (NFC), so a search typed with composed or decomposed Khmer finds her.
    client.givenName = Normalizer.normalize(form.givenName().strip(), Normalizer.Form.NFC);
    client.familyName = Normalizer.normalize(form.familyName().strip(), Normalizer.Form.NFC);
    client.sex = form.sex();
    client.birthDate = form.birthDate();
    client.homeProvince = form.homeProvince();
    client.languages =
        form.languages() == null || form.languages().isEmpty() ? List.of("km") : form.languages();
    client.literacy = form.literacy();
    client.skills =
        form.skills() == null
            ? List.of()
            : form.skills().stream().map(s -> new Client.Skill(s.occupation(), s.level())).toList();
    var p = form.preferences();
    client.preferences =
        new Client.Preferences(
            p == null || p.occupations() == null ? List.of() : p.occupations(),
            p == null || p.provinces() == null ? List.of() : p.provinces(),
            p != null && Boolean.TRUE.equals(p.willingToRelocate()),
            p != null && Boolean.TRUE.equals(p.selfEmployment()));
    if (p != null && p.education() != null) {
      client.wantsEducation = p.education();
    }
    HouseholdRules.apply(form.household(), client);
    var c = form.constraints();
    client.avoidProvinces =
        c == null || c.avoidProvinces() == null ? List.of() : c.avoidProvinces();
    client.needsHealthClinic = c != null && Boolean.TRUE.equals(c.needsHealthClinic());
    if (c != null && c.supportNeeds() != null) {
      client.supportNeeds = c.supportNeeds().stream().distinct().sorted().toList();
    }
    client.availableFrom = form.availableFrom();
    // absent: kept as stored; empty: cleared (the identifiers of other systems, her Khmer names)
    client.externalId = keptOrSet(form.externalId(), client.externalId);
    client.externalCaseCode = keptOrSet(form.externalCaseCode(), client.externalCaseCode);
    client.localGivenName = nfc(keptOrSet(form.localGivenName(), client.localGivenName));
    client.localFamilyName = nfc(keptOrSet(form.localFamilyName(), client.localFamilyName));
    client.homeVillageCode = keptOrSet(form.homeVillageCode(), client.homeVillageCode);
  }

  private static String keptOrSet(String given, String stored) {
    if (given == null) {
      return stored;
    }
    String text = given.strip();
    return text.isEmpty() ? null : text;
  }

  private static String nfc(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static void visibleIfAny(Validation.Problems problems, String field, String text) {
    if (text != null && !text.isBlank()) {
      visible(problems, field, text);
    }
  }

  /** A name of zero-width or direction marks only is no name, though it is not blank. */
  private static void visible(Validation.Problems problems, String field, String text) {
    if (text != null && !problems.has(field) && !Validation.hasLetterOrDigit(text)) {
      problems.add(field, "must contain a letter or digit");
    }
  }
}
