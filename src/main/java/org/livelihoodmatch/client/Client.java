package org.livelihoodmatch.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person the organisation helps back into work: who she is (confidential), what she can do and
 * wants, what her household needs of her, and where she must not go. Seen only by her own
 * organisation's staff.
 */
@Table("client")
class Client {

  @Id final UUID id;
  @Version Long version;
  UUID organisationId;
  String code;
  String externalId;
  String externalCaseCode;
  String givenName;
  String familyName;
  String localGivenName;
  String localFamilyName;
  String sex;
  LocalDate birthDate;
  String homeProvince;
  String homeVillageCode;
  List<String> languages;
  String literacy;

  @MappedCollection(idColumn = "client_id", keyColumn = "idx")
  List<Skill> skills;

  @Embedded.Empty(prefix = "pref_")
  Preferences preferences;

  @Embedded.Empty(prefix = "hh_")
  Household household;

  @MappedCollection(idColumn = "client_id", keyColumn = "idx")
  List<Debt> debts = List.of();

  List<String> avoidProvinces;
  boolean needsHealthClinic;
  boolean wantsEducation;
  List<String> supportNeeds = List.of();
  LocalDate availableFrom;
  ClientStatus status;
  ClosureReason closureReason;
  LocalDate closureMeetingDate;
  String closureNote;
  Instant registeredAt;

  Client(UUID id, Long version, UUID organisationId, String code) {
    this.id = id;
    this.version = version;
    this.organisationId = organisationId;
    this.code = code;
  }

  /** She takes up a placement: only a client looking for one can. */
  void place() {
    if (status == ClientStatus.PLACED) {
      throw new ClientStatusConflict(
          "client", "the client is already placed: end that placement first");
    }
    if (status == ClientStatus.CLOSED) {
      throw new ClientStatusConflict("client", "the client's case is closed");
    }
    status = ClientStatus.PLACED;
  }

  /** Her placement ended: she looks for a livelihood again (a closed case stays closed). */
  void endPlacement() {
    if (status == ClientStatus.PLACED) {
      status = ClientStatus.ACTIVE;
    }
  }

  /** Her case is closed at a provincial coordination meeting, for one of the four reasons. */
  void close(ClosureReason reason, LocalDate meetingDate, String note) {
    if (status == ClientStatus.CLOSED) {
      throw new ClientStatusConflict("client", "the client's case is already closed");
    }
    status = ClientStatus.CLOSED;
    closureReason = reason;
    closureMeetingDate = meetingDate;
    closureNote = note;
  }

  /**
   * She is referred to another organisation and it accepted: she and her history belong to it from
   * now on, under a case code of its own (codes are unique within an organisation).
   */
  void transferTo(UUID organisation, String newCode) {
    if (organisation.equals(organisationId)) {
      throw new ClientStatusConflict("toOrganisationId", "the client is already theirs");
    }
    organisationId = organisation;
    code = newCode;
  }

  @Table("client_skill")
  record Skill(String occupation, String level) {}

  record Preferences(
      List<String> occupations,
      List<String> provinces,
      boolean willingToRelocate,
      boolean selfEmployment) {}

  /**
   * What her household needs of her and its economics: the land it farms ({@code null}: not
   * recorded), whether it keeps animals or grows food, and the share of its debt repayments she
   * carries.
   */
  record Household(
      int dependants,
      BigDecimal monthlyRemittance,
      boolean canLiveAtHome,
      UUID householdId,
      boolean headOfHousehold,
      BigDecimal landHectares,
      boolean keepsAnimals,
      int debtSharePercent) {}

  /** A debt her household already has. */
  @Table("client_debt")
  record Debt(
      String lender,
      BigDecimal outstanding,
      BigDecimal monthlyRepayment,
      BigDecimal monthlyRatePercent) {}
}
