package org.livelihoodmatch.interchange;

import java.util.List;

/**
 * The columns of client files: OSCaR's export names for what OSCaR knows of a person, this
 * service's own for the rest (README "Import and export"), and the columns an export adds that an
 * import does not read (status, placement, follow-up). One place, so import and export agree.
 */
final class Columns {

  private Columns() {}

  static final String ID = "id";
  static final String CODE = "code";
  static final String GLOBAL_ID = "global_id";
  static final String EXTERNAL_CASE_CODE = "external_case_code";
  static final String GIVEN_NAME = "given_name";
  static final String FAMILY_NAME = "family_name";
  static final String LOCAL_GIVEN_NAME = "local_given_name";
  static final String LOCAL_FAMILY_NAME = "local_family_name";
  static final String GENDER = "gender";
  static final String DATE_OF_BIRTH = "date_of_birth";
  static final String VILLAGE_CODE = "location_current_village_code";
  static final String HOME_PROVINCE = "home_province";
  static final String PREFERRED_LANGUAGE = "preferred_language";
  static final String LANGUAGES = "languages";
  static final String LITERACY = "literacy";
  static final String SKILLS = "skills";
  static final String PREFERRED_OCCUPATIONS = "preferred_occupations";
  static final String PREFERRED_PROVINCES = "preferred_provinces";
  static final String WILLING_TO_RELOCATE = "willing_to_relocate";
  static final String SELF_EMPLOYMENT = "self_employment";
  static final String DEPENDANTS = "dependants";
  static final String MONTHLY_REMITTANCE = "monthly_remittance";
  static final String CAN_LIVE_AT_HOME = "can_live_at_home";
  static final String HEAD_OF_HOUSEHOLD = "head_of_household";
  static final String AVOID_PROVINCES = "avoid_provinces";
  static final String NEEDS_HEALTH_CLINIC = "needs_health_clinic";
  static final String AVAILABLE_FROM = "available_from";

  /** The columns an import reads, in the order an export writes them. */
  static final List<String> CLIENT =
      List.of(
          GLOBAL_ID,
          EXTERNAL_CASE_CODE,
          GIVEN_NAME,
          FAMILY_NAME,
          LOCAL_GIVEN_NAME,
          LOCAL_FAMILY_NAME,
          GENDER,
          DATE_OF_BIRTH,
          VILLAGE_CODE,
          HOME_PROVINCE,
          PREFERRED_LANGUAGE,
          LANGUAGES,
          LITERACY,
          SKILLS,
          PREFERRED_OCCUPATIONS,
          PREFERRED_PROVINCES,
          WILLING_TO_RELOCATE,
          SELF_EMPLOYMENT,
          DEPENDANTS,
          MONTHLY_REMITTANCE,
          CAN_LIVE_AT_HOME,
          HEAD_OF_HOUSEHOLD,
          AVOID_PROVINCES,
          NEEDS_HEALTH_CLINIC,
          AVAILABLE_FROM);

  /** What a client export adds: her ids here, and how her case stands (not read back). */
  static final List<String> CLIENT_STATE =
      List.of(
          "status",
          "current_placement_id",
          "current_placement_kind",
          "current_placement_status",
          "current_placement_start",
          "last_follow_up_month",
          "last_follow_up_date",
          "last_follow_up_surplus",
          "alerts");

  /** A client export's header: our ids first, then the import's columns, then her state. */
  static List<String> clientExport() {
    List<String> all = new java.util.ArrayList<>(List.of(ID, CODE));
    all.addAll(CLIENT);
    all.addAll(CLIENT_STATE);
    return all;
  }

  /** A placement export's header; the client is named as in the client export. */
  static final List<String> PLACEMENT =
      List.of(
          "placement_id",
          ID,
          CODE,
          GLOBAL_ID,
          "kind",
          "status",
          "start_date",
          "occupation",
          "province",
          "vacancy_title",
          "training_title",
          "expected_income",
          "expected_surplus",
          "next_follow_up_month",
          "next_follow_up_due",
          "overdue",
          "alerts",
          "follow_ups_done",
          "last_follow_up_month",
          "last_follow_up_date",
          "last_follow_up_surplus",
          "ended_on",
          "end_reason");

  /** The column an import names for a problem the client's rules found in a JSON field. */
  static String ofField(String field, java.util.Set<String> present, boolean provinceGiven) {
    String root = field.replaceAll("\\[\\d+].*$", "");
    return switch (root) {
      case "externalId" -> GLOBAL_ID;
      case "externalCaseCode" -> EXTERNAL_CASE_CODE;
      case "givenName" -> GIVEN_NAME;
      case "familyName" -> FAMILY_NAME;
      case "localGivenName" -> LOCAL_GIVEN_NAME;
      case "localFamilyName" -> LOCAL_FAMILY_NAME;
      case "sex" -> GENDER;
      case "birthDate" -> DATE_OF_BIRTH;
      case "homeProvince" ->
          provinceGiven || !present.contains(VILLAGE_CODE) ? HOME_PROVINCE : VILLAGE_CODE;
      case "homeVillageCode" -> VILLAGE_CODE;
      case "languages" -> present.contains(LANGUAGES) ? LANGUAGES : PREFERRED_LANGUAGE;
      case "literacy" -> LITERACY;
      case "skills" -> SKILLS;
      case "preferences.occupations" -> PREFERRED_OCCUPATIONS;
      case "preferences.provinces" -> PREFERRED_PROVINCES;
      case "preferences.willingToRelocate" -> WILLING_TO_RELOCATE;
      case "preferences.selfEmployment" -> SELF_EMPLOYMENT;
      case "household.dependants" -> DEPENDANTS;
      case "household.monthlyRemittance" -> MONTHLY_REMITTANCE;
      case "household.canLiveAtHome" -> CAN_LIVE_AT_HOME;
      case "household.headOfHousehold" -> HEAD_OF_HOUSEHOLD;
      case "constraints.avoidProvinces" -> AVOID_PROVINCES;
      case "constraints.needsHealthClinic" -> NEEDS_HEALTH_CLINIC;
      case "availableFrom" -> AVAILABLE_FROM;
      default -> field;
    };
  }
}
