package org.livelihoodmatch.interchange;

import static org.livelihoodmatch.interchange.Columns.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.livelihoodmatch.client.ClientForm;

/**
 * One row of a client file as a {@link ClientForm}: what its columns say, and nothing for a column
 * the file does not have (so that an update leaves that part of her record as it is). An empty cell
 * of a column the file has means "none": no skills, 0 dependants, not willing to relocate, can live
 * at home, no date. A cell that cannot be read is a problem of its column.
 */
final class RowMapping {

  /** A row read: its key, its form of the columns present, and the problems of its cells. */
  record Mapped(
      int row,
      String globalId,
      UUID id,
      String idText,
      ClientForm form,
      String preferredLanguage,
      boolean clearsAvailableFrom,
      boolean provinceGiven,
      Map<String, String> problems) {}

  private final Map<String, String> cells;
  private final Map<String, String> problems = new LinkedHashMap<>();

  private RowMapping(Map<String, String> cells) {
    this.cells = cells;
  }

  static Mapped map(SheetReader.Line line) {
    return new RowMapping(line.values()).mapped(line.row());
  }

  private Mapped mapped(int row) {
    String village = text(VILLAGE_CODE);
    String villageCode = null;
    String provinceOfVillage = null;
    if (village != null && !village.isEmpty()) {
      villageCode =
          read(VILLAGE_CODE, CellValues::ncdd, "must be an NCDD code of 2, 4, 6 or 8 digits");
      provinceOfVillage = villageCode == null ? null : villageCode.substring(0, 2);
    }
    String province = text(HOME_PROVINCE);
    String homeProvince =
        province != null && !province.isEmpty() ? CellValues.province(province) : provinceOfVillage;
    String given = text(GIVEN_NAME);
    String family = text(FAMILY_NAME);
    String localGiven = text(LOCAL_GIVEN_NAME);
    String localFamily = text(LOCAL_FAMILY_NAME);
    String preferred = null;
    if (nonEmpty(PREFERRED_LANGUAGE)) {
      preferred =
          read(
              PREFERRED_LANGUAGE,
              CellValues::language,
              "must be a language code such as km, or Khmer");
    }
    List<String> languages = null;
    if (cells.containsKey(LANGUAGES)) {
      languages = new ArrayList<>();
      for (String l : CellValues.list(cells.get(LANGUAGES))) {
        Optional<String> code = CellValues.language(l);
        if (code.isEmpty()) {
          problems.putIfAbsent(LANGUAGES, "'" + l + "' is not a language code such as km");
        } else if (!languages.contains(code.get())) {
          languages.add(code.get());
        }
      }
      if (preferred != null) {
        languages.remove(preferred);
        languages.add(0, preferred);
      }
    }
    String global = text(GLOBAL_ID);
    String idText = text(ID);
    UUID id = null;
    if (idText != null && !idText.isEmpty()) {
      try {
        id = UUID.fromString(idText);
      } catch (IllegalArgumentException e) {
        id = null;
      }
    }
    ClientForm form =
        new ClientForm(
            blankToFallback(given, localGiven),
            blankToFallback(family, localFamily),
            nonEmpty(GENDER)
                ? read(
                    GENDER,
                    CellValues::sex,
                    "must be female, male, lgbt, unknown, prefer_not_to_say or other")
                : null,
            nonEmpty(DATE_OF_BIRTH) ? date(DATE_OF_BIRTH) : null,
            homeProvince,
            languages,
            nonEmpty(LITERACY) ? text(LITERACY).toUpperCase(Locale.ROOT) : null,
            skills(),
            preferences(),
            household(),
            constraints(),
            nonEmpty(AVAILABLE_FROM) ? date(AVAILABLE_FROM) : null,
            global == null || global.isEmpty() ? null : global,
            text(EXTERNAL_CASE_CODE),
            localGiven,
            localFamily,
            cells.containsKey(VILLAGE_CODE) ? (villageCode == null ? "" : villageCode) : null,
            null);
    return new Mapped(
        row,
        form.externalId(),
        id,
        idText,
        form,
        preferred,
        cells.containsKey(AVAILABLE_FROM) && !nonEmpty(AVAILABLE_FROM),
        province != null && !province.isEmpty(),
        problems);
  }

  private List<ClientForm.SkillForm> skills() {
    if (!cells.containsKey(SKILLS)) {
      return null;
    }
    List<ClientForm.SkillForm> skills = new ArrayList<>();
    for (String item : CellValues.list(cells.get(SKILLS))) {
      String[] parts = item.split(":");
      if (parts.length != 2) {
        problems.putIfAbsent(
            SKILLS, "'" + item + "' must be occupation:LEVEL, e.g. hairdresser:TRAINED");
      } else {
        skills.add(
            new ClientForm.SkillForm(parts[0].strip(), parts[1].strip().toUpperCase(Locale.ROOT)));
      }
    }
    return skills;
  }

  private ClientForm.Preferences preferences() {
    if (!any(PREFERRED_OCCUPATIONS, PREFERRED_PROVINCES, WILLING_TO_RELOCATE, SELF_EMPLOYMENT)) {
      return null;
    }
    return new ClientForm.Preferences(
        list(PREFERRED_OCCUPATIONS, Function.identity()),
        list(PREFERRED_PROVINCES, CellValues::province),
        yesNo(WILLING_TO_RELOCATE, false),
        yesNo(SELF_EMPLOYMENT, false));
  }

  private ClientForm.Household household() {
    if (!any(DEPENDANTS, MONTHLY_REMITTANCE, CAN_LIVE_AT_HOME, HEAD_OF_HOUSEHOLD)) {
      return null;
    }
    Integer dependants = null;
    if (cells.containsKey(DEPENDANTS)) {
      dependants =
          nonEmpty(DEPENDANTS)
              ? read(DEPENDANTS, CellValues::wholeNumber, "must be a whole number from 0 to 30")
              : Integer.valueOf(0);
    }
    BigDecimal remittance = null;
    if (cells.containsKey(MONTHLY_REMITTANCE)) {
      remittance =
          nonEmpty(MONTHLY_REMITTANCE)
              ? read(
                  MONTHLY_REMITTANCE,
                  CellValues::amount,
                  "must be an amount in US dollars, such as 25.00")
              : BigDecimal.ZERO;
    }
    return new ClientForm.Household(
        dependants, remittance, yesNo(CAN_LIVE_AT_HOME, true), yesNo(HEAD_OF_HOUSEHOLD, false));
  }

  private ClientForm.Constraints constraints() {
    if (!any(AVOID_PROVINCES, NEEDS_HEALTH_CLINIC)) {
      return null;
    }
    return new ClientForm.Constraints(
        list(AVOID_PROVINCES, CellValues::province), yesNo(NEEDS_HEALTH_CLINIC, false));
  }

  private LocalDate date(String column) {
    return read(
        column, CellValues::date, "must be a date: 2001-06-30, 30/06/2001 or an Excel date");
  }

  /** An empty cell of a column present is {@code otherwise}; an absent column is null. */
  private Boolean yesNo(String column, boolean otherwise) {
    if (!cells.containsKey(column)) {
      return null;
    }
    return nonEmpty(column) ? read(column, CellValues::yesNo, "must be yes or no") : otherwise;
  }

  private List<String> list(String column, Function<String, String> each) {
    return cells.containsKey(column)
        ? CellValues.list(cells.get(column)).stream().map(each).toList()
        : null;
  }

  private <T> T read(String column, Function<String, Optional<T>> reader, String problem) {
    Optional<T> value = reader.apply(cells.get(column));
    if (value.isEmpty()) {
      problems.putIfAbsent(column, "'" + cells.get(column) + "' " + problem);
      return null;
    }
    return value.get();
  }

  private boolean any(String... columns) {
    for (String c : columns) {
      if (cells.containsKey(c)) {
        return true;
      }
    }
    return false;
  }

  private boolean nonEmpty(String column) {
    String t = cells.get(column);
    return t != null && !t.isEmpty();
  }

  /** The cell's text; "" for an empty cell of a column present; null for a column absent. */
  private String text(String column) {
    return cells.get(column);
  }

  /** OSCaR may know her only by her Khmer name: it stands in for the Latin one then. */
  private static String blankToFallback(String name, String local) {
    if ((name == null || name.isEmpty()) && local != null && !local.isEmpty()) {
      return local;
    }
    return name;
  }
}
