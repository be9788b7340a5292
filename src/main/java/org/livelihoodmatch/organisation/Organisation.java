package org.livelihoodmatch.organisation;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An NGO, a provincial office, an employer or the administration: every user belongs to one. */
@Table("organisation")
public class Organisation {

  @Id private final UUID id;
  @Version private Long version;
  private String name;
  private OrganisationKind kind;
  private String province;
  private String registrationNumber;
  private String phone;
  private String email;
  private String address;
  private boolean verified;

  Organisation(
      UUID id,
      Long version,
      String name,
      OrganisationKind kind,
      String province,
      String registrationNumber,
      String phone,
      String email,
      String address,
      boolean verified) {
    this.id = id;
    this.version = version;
    this.name = name;
    this.kind = kind;
    this.province = province;
    this.registrationNumber = registrationNumber;
    this.phone = phone;
    this.email = email;
    this.address = address;
    this.verified = verified;
  }

  /** A new organisation; employers start unverified until an officer has checked them. */
  static Organisation register(
      String name,
      OrganisationKind kind,
      String province,
      String registrationNumber,
      String phone,
      String email,
      String address) {
    return new Organisation(
        UUID.randomUUID(),
        null,
        name,
        kind,
        province,
        registrationNumber,
        phone,
        email,
        address,
        kind != OrganisationKind.EMPLOYER);
  }

  void verify(boolean verified) {
    this.verified = verified;
  }

  public UUID id() {
    return id;
  }

  public Long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public OrganisationKind kind() {
    return kind;
  }

  public String province() {
    return province;
  }

  public String registrationNumber() {
    return registrationNumber;
  }

  public String phone() {
    return phone;
  }

  public String email() {
    return email;
  }

  public String address() {
    return address;
  }

  public boolean verified() {
    return verified;
  }
}
