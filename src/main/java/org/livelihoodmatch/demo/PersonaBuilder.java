package org.livelihoodmatch.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the fields of one persona of {@link Personas}. Defaults: speaks Khmer, cannot read, no
 * skills or wishes, lives at home and stays in her home province, sends nothing home.
 */
final class PersonaBuilder {
  private final String persona;
  private final String given;
  private final String family;
  private final String sex;
  private final LocalDate birth;
  private final String home;
  private final LocalDate today;
  private List<String> languages = List.of("km");
  private String literacy = "NONE";
  private final List<SyntheticClient.Skill> skills = new ArrayList<>();
  private List<String> wishes = List.of();
  private final List<String> provinces = new ArrayList<>();
  private boolean relocate;
  private boolean selfEmployment;
  private int dependants;
  private int remittance;
  private boolean atHome = true;
  private boolean head;
  private final List<String> avoid = new ArrayList<>();
  private boolean clinic;
  private boolean landless;
  private boolean school;

  PersonaBuilder(
      String persona,
      String given,
      String family,
      String sex,
      LocalDate birth,
      String home,
      LocalDate today) {
    this.persona = persona;
    this.given = given;
    this.family = family;
    this.sex = sex;
    this.birth = birth;
    this.home = home;
    this.today = today;
    this.provinces.add(home);
  }

  PersonaBuilder literacy(String level) {
    literacy = level;
    return this;
  }

  PersonaBuilder languages(String... codes) {
    languages = List.of(codes);
    return this;
  }

  PersonaBuilder skill(String occupation, String level) {
    skills.add(new SyntheticClient.Skill(occupation, level));
    return this;
  }

  PersonaBuilder wish(String... occupations) {
    wishes = List.of(occupations);
    return this;
  }

  PersonaBuilder selfEmployed() {
    selfEmployment = true;
    return this;
  }

  PersonaBuilder relocate(String... towns) {
    relocate = true;
    provinces.addAll(List.of(towns));
    return this;
  }

  PersonaBuilder remits(int dollars) {
    remittance = dollars;
    return this;
  }

  PersonaBuilder household(int people, int dollars) {
    dependants = people;
    remittance = dollars;
    return this;
  }

  PersonaBuilder head() {
    head = true;
    return this;
  }

  /** Her family was part of what happened to her: she cannot go back to live with it. */
  PersonaBuilder away() {
    atHome = false;
    return this;
  }

  /** Must keep away from a province; she never lives at home then. */
  PersonaBuilder avoid(String province) {
    avoid.add(province);
    provinces.remove(province);
    atHome = false;
    return this;
  }

  PersonaBuilder clinic() {
    clinic = true;
    return this;
  }

  /** She asks to go back to school. */
  PersonaBuilder school() {
    school = true;
    return this;
  }

  PersonaBuilder landless() {
    landless = true;
    return this;
  }

  SyntheticClient build() {
    return new SyntheticClient(
        given,
        family,
        sex,
        birth,
        home,
        languages,
        literacy,
        skills,
        wishes,
        provinces,
        relocate,
        selfEmployment,
        dependants,
        BigDecimal.valueOf(remittance).setScale(2),
        atHome,
        head,
        avoid,
        clinic,
        today,
        null,
        landless,
        persona,
        school);
  }
}
