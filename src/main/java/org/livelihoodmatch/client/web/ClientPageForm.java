package org.livelihoodmatch.client.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's profile as her register and edit pages bind it, field by field, named as the API's
 * JSON ({@code household.debts[0].lender}), so that a problem the service names lands beside its
 * input. Numbers and dates are bound by type: what cannot be read stays as typed with its error.
 * Rows of the lists (skills, wished occupations, debts) left empty are not part of her record.
 */
class ClientPageForm {

  String givenName;
  String familyName;
  String localGivenName;
  String localFamilyName;
  String sex;
  LocalDate birthDate;
  String homeProvince;
  String homeVillageCode;
  List<String> languages = new ArrayList<>(List.of("km"));
  String literacy;
  List<SkillRow> skills = new ArrayList<>();
  Preferences preferences = new Preferences();
  Household household = new Household();
  Constraints constraints = new Constraints();
  LocalDate availableFrom;
  String externalId;
  String externalCaseCode;
  Long version;

  /** An occupation she knows and how well; empty when no occupation is chosen. */
  static class SkillRow {
    String occupation;
    String level = "INTEREST";

    SkillRow() {}

    SkillRow(String occupation, String level) {
      this.occupation = occupation;
      this.level = level;
    }

    boolean isEmpty() {
      return occupation == null || occupation.isBlank();
    }
  }

  /** What she wants: occupations ranked, provinces, and the three wishes. */
  static class Preferences {
    List<String> occupations = new ArrayList<>();
    List<String> provinces = new ArrayList<>();
    boolean willingToRelocate;
    boolean selfEmployment;
    boolean education;
  }

  /** Her household; land left empty is "not recorded". */
  static class Household {
    Integer dependants = 0;
    BigDecimal monthlyRemittance = BigDecimal.ZERO;
    boolean canLiveAtHome = true;
    boolean headOfHousehold;
    List<DebtRow> debts = new ArrayList<>();
    BigDecimal landHectares;
    boolean keepsAnimals;
    Integer debtSharePercent = 100;
  }

  /** A debt of her household; empty when nothing of it is given. */
  static class DebtRow {
    String lender;
    BigDecimal outstanding;
    BigDecimal monthlyRepayment;
    BigDecimal monthlyRatePercent;

    DebtRow() {}

    DebtRow(
        String lender,
        BigDecimal outstanding,
        BigDecimal monthlyRepayment,
        BigDecimal monthlyRatePercent) {
      this.lender = lender;
      this.outstanding = outstanding;
      this.monthlyRepayment = monthlyRepayment;
      this.monthlyRatePercent = monthlyRatePercent;
    }

    boolean isEmpty() {
      return (lender == null || lender.isBlank())
          && outstanding == null
          && monthlyRepayment == null
          && monthlyRatePercent == null;
    }
  }

  /** Where she must not go, her health, and the support she needs beside a livelihood. */
  static class Constraints {
    List<String> avoidProvinces = new ArrayList<>();
    boolean needsHealthClinic;
    List<String> supportNeeds = new ArrayList<>();
  }

  /**
   * How many rows of each list the page shows, and how many provinces are ticked: the page reads
   * the form's values through its binding only, never the form itself.
   */
  record Rows(int skills, int wishes, int debts, int provinces, int avoid) {

    static Rows of(ClientPageForm form) {
      return new Rows(
          form.skills.size(),
          form.preferences.occupations.size(),
          form.household.debts.size(),
          form.preferences.provinces.size(),
          form.constraints.avoidProvinces.size());
    }
  }

  /** The most rows of each list the API takes. */
  static final int MAX_SKILLS = 30;

  static final int MAX_WISHES = 10;
  static final int MAX_DEBTS = 20;

  /**
   * Empty rows to type into: one or two beyond those filled, and at least three wishes, so that a
   * phone without JavaScript needs no "add" button for the usual case.
   */
  void padRows() {
    pad(skills, 2, 3, MAX_SKILLS, SkillRow::new);
    pad(preferences.occupations, 1, 3, MAX_WISHES, () -> null);
    pad(household.debts, 1, 1, MAX_DEBTS, DebtRow::new);
  }

  /**
   * As posted, with at least the usual rows: none is dropped, not even an empty-looking one, since
   * a number that could not be read leaves its row looking empty while its problem is shown.
   */
  void keepRows() {
    ensure(skills, 3, SkillRow::new);
    ensure(preferences.occupations, 3, () -> null);
    ensure(household.debts, 1, DebtRow::new);
  }

  private static <T> void ensure(List<T> rows, int least, java.util.function.Supplier<T> empty) {
    while (rows.size() < least) {
      rows.add(empty.get());
    }
  }

  /** One more empty row of the list named ({@code skills}, {@code wishes}, {@code debts}). */
  void addRow(String list) {
    switch (list) {
      case "skills" -> add(skills, MAX_SKILLS, new SkillRow());
      case "wishes" -> add(preferences.occupations, MAX_WISHES, null);
      case "debts" -> add(household.debts, MAX_DEBTS, new DebtRow());
      default -> {}
    }
  }

  private static <T> void add(List<T> rows, int most, T empty) {
    if (rows.size() < most) {
      rows.add(empty);
    }
  }

  /**
   * Drops the empty rows at the end (those before stay, so that a problem's row number still names
   * its row) and adds {@code spare} empty ones, at least {@code least} rows in all.
   */
  private static <T> void pad(
      List<T> rows, int spare, int least, int most, java.util.function.Supplier<T> empty) {
    while (!rows.isEmpty() && isBlank(rows.get(rows.size() - 1))) {
      rows.remove(rows.size() - 1);
    }
    int wanted = Math.min(most, Math.max(least, rows.size() + spare));
    while (rows.size() < wanted) {
      rows.add(empty.get());
    }
  }

  private static boolean isBlank(Object row) {
    return row == null
        || (row instanceof String s && s.isBlank())
        || (row instanceof SkillRow s && s.isEmpty())
        || (row instanceof DebtRow d && d.isEmpty());
  }
}
