package org.livelihoodmatch.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Exports of the organisation's clients and placements, with the import's column names: imported
 * again, as CSV or as XLSX, they change nothing (no client created, changed or given a new
 * version).
 */
@IntegrationTest
class ExportIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;

  @Test
  void aRoundTripThroughCsvOrExcelChangesNothing() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);
    importFile(a, "text/csv", ImportIntegrationTests.example());
    UUID registered =
        a.created(
            post("/api/v1/clients")
                .with(a.officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"givenName": "Theary", "familyName": "Nget", "sex": "F",
                     "birthDate": "1990-05-06", "homeProvince": "20", "languages": ["km", "vi"],
                     "literacy": "FUNCTIONAL",
                     "skills": [{"occupation": "tailor", "level": "EXPERIENCED"},
                                {"occupation": "hairdresser", "level": "INTEREST"}],
                     "preferences": {"occupations": ["tailor"], "provinces": ["12", "17"],
                                     "willingToRelocate": true, "selfEmployment": true},
                     "household": {"dependants": 4, "monthlyRemittance": 32.50,
                                   "canLiveAtHome": false, "headOfHousehold": true},
                     "constraints": {"avoidProvinces": ["01", "02"], "needsHealthClinic": true},
                     "availableFrom": "2027-02-01"}
                    """));
    UUID placed = a.client("Sokunthea", "21");
    UUID placement = a.placeAndVisit(placed, a.vacancy("21"));
    String before = a.json(a.officer, "/api/v1/clients?size=200");

    byte[] csv =
        mvc.perform(get("/api/v1/clients/export.csv").with(a.officer))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", startsWith("text/csv")))
            .andExpect(header().string("Content-Disposition", startsWith("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    List<CSVRecord> rows = parse(csv);
    assertThat(rows).hasSize(6);
    CSVRecord sokunthea =
        rows.stream().filter(r -> r.get("id").equals(placed.toString())).findFirst().orElseThrow();
    assertThat(sokunthea.get("status")).isEqualTo("PLACED");
    assertThat(sokunthea.get("current_placement_id")).isEqualTo(placement.toString());
    assertThat(sokunthea.get("current_placement_kind")).isEqualTo("JOB");
    assertThat(sokunthea.get("last_follow_up_month")).isEqualTo("1");
    CSVRecord kimlang =
        rows.stream()
            .filter(r -> r.get("global_id").equals("01HQ7Z3KA1"))
            .findFirst()
            .orElseThrow();
    assertThat(kimlang.get("local_given_name")).isEqualTo("គីមឡាង");
    assertThat(kimlang.get("location_current_village_code")).isEqualTo("01020304");
    assertThat(kimlang.get("gender")).isEqualTo("female");

    importFile(a, "text/csv", csv)
        .andExpect(jsonPath("$.errors", empty()))
        .andExpect(jsonPath("$.rows").value(6))
        .andExpect(jsonPath("$.created").value(0))
        .andExpect(jsonPath("$.updated").value(0))
        .andExpect(jsonPath("$.unchanged").value(6));
    byte[] xlsx =
        mvc.perform(get("/api/v1/clients/export.xlsx").with(a.officer))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", startsWith(ImportIntegrationTests.XLSX)))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    importFile(a, ImportIntegrationTests.XLSX, xlsx)
        .andExpect(jsonPath("$.errors", empty()))
        .andExpect(jsonPath("$.created").value(0))
        .andExpect(jsonPath("$.updated").value(0))
        .andExpect(jsonPath("$.unchanged").value(6));
    assertThat(a.json(a.officer, "/api/v1/clients?size=200")).isEqualTo(before);
    assertThat(a.json(a.officer, "/api/v1/clients/" + registered)).contains("\"version\":0");

    // each export is one audit entry naming how many clients it held
    List<String> exports =
        JsonPath.read(
            a.json(a.officer, "/api/v1/audit?action=EXPORT&size=200"),
            "$.items[?(@.entityType == 'CLIENT')].detail");
    assertThat(exports)
        .containsExactlyInAnyOrder("export csv: 6 clients", "export xlsx: 6 clients");
  }

  @Test
  void placementsAreExportedWithTheirClientsIdsAndOnlyTheOrganisationsOwn() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);
    importFile(a, "text/csv", ImportIntegrationTests.example());
    UUID client = a.client("Sokunthea", "21");
    UUID placement = a.placeAndVisit(client, a.vacancy("21"));
    byte[] csv =
        mvc.perform(get("/api/v1/placements/export.csv").with(a.officer))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    List<CSVRecord> rows = parse(csv);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("placement_id")).isEqualTo(placement.toString());
    assertThat(rows.get(0).get("id")).isEqualTo(client.toString());
    assertThat(rows.get(0).get("kind")).isEqualTo("JOB");
    assertThat(rows.get(0).get("follow_ups_done")).isEqualTo("1");
    assertThat(rows.get(0).get("next_follow_up_month")).isEqualTo("2");
    mvc.perform(get("/api/v1/placements/export.xlsx").with(a.officer)).andExpect(status().isOk());

    // another NGO's exports hold none of these; employers and administrators get none at all
    Casework b = new Casework(mvc, organisations, clock);
    assertThat(parse(bytes(b.officer, "/api/v1/clients/export.csv"))).isEmpty();
    assertThat(parse(bytes(b.officer, "/api/v1/placements/export.csv"))).isEmpty();
    TestFixtures fixtures = new TestFixtures(organisations);
    RequestPostProcessor employer =
        fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    for (RequestPostProcessor forbidden : List.of(employer, a.user(Role.ADMIN))) {
      for (String path :
          List.of(
              "/api/v1/clients/export.csv",
              "/api/v1/clients/export.xlsx",
              "/api/v1/placements/export.csv",
              "/api/v1/placements/export.xlsx")) {
        mvc.perform(get(path).with(forbidden)).andExpect(status().isForbidden());
      }
    }
    // a planner reads the exports too
    assertThat(parse(bytes(a.user(Role.PLANNER), "/api/v1/clients/export.csv"))).hasSize(5);
  }

  private byte[] bytes(RequestPostProcessor who, String path) throws Exception {
    return mvc.perform(get(path).with(who))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private org.springframework.test.web.servlet.ResultActions importFile(
      Casework c, String type, byte[] content) throws Exception {
    return mvc.perform(
            post("/api/v1/imports/clients").with(c.officer).contentType(type).content(content))
        .andExpect(status().isOk());
  }

  static List<CSVRecord> parse(byte[] csv) throws Exception {
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF"); // so Excel reads it as UTF-8
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text.substring(1)))
        .getRecords();
  }
}
