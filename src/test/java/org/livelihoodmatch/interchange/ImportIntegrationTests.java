package org.livelihoodmatch.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Clients imported from OSCaR-style files (API.md, "Interchange"): Khmer names, Primero's village
 * codes without their leading zero, the dates spreadsheets write, all rows or none with every
 * problem named, and a second import that updates and never duplicates.
 */
@IntegrationTest
class ImportIntegrationTests {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;

  static byte[] example() throws Exception {
    return new ClassPathResource("interchange/oscar-clients.csv").getContentAsByteArray();
  }

  @Test
  void anOscarExportImportsOnceAndASecondImportUpdatesWithoutDuplicates() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);

    importCsv(a.officer, example(), false)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows").value(4))
        .andExpect(jsonPath("$.created").value(4))
        .andExpect(jsonPath("$.updated").value(0))
        .andExpect(jsonPath("$.stored").value(true))
        .andExpect(jsonPath("$.errors", empty()));

    Map<String, Object> kimlang = byExternalId(a, "01HQ7Z3KA1");
    // Primero's 1020304 is the village 01020304 of Banteay Meanchey (01)
    assertThat(kimlang.get("homeProvince")).isEqualTo("01");
    assertThat(kimlang.get("homeVillageCode")).isEqualTo("01020304");
    // 37622 is Excel's serial number of 1 January 2003
    assertThat(kimlang.get("birthDate")).isEqualTo("2003-01-01");
    assertThat(kimlang.get("localGivenName")).isEqualTo("គីមឡាង");
    assertThat(kimlang.get("localFamilyName")).isEqualTo("សុខ");
    assertThat(kimlang.get("externalCaseCode")).isEqualTo("BMC-0002");
    assertThat(kimlang.get("languages")).isEqualTo(List.of("km"));
    assertThat(kimlang.get("sex")).isEqualTo("F");
    Map<String, Object> sreymom = byExternalId(a, "01HQ7Z3K9M");
    assertThat(sreymom.get("birthDate")).isEqualTo("2008-04-02"); // 02/04/2008, day first
    assertThat(sreymom.get("homeProvince")).isEqualTo("20");
    assertThat(JsonPath.<List<String>>read(sreymom, "$.preferences.occupations"))
        .containsExactly("hairdresser", "beautician");
    assertThat(JsonPath.<Object>read(sreymom, "$.household.monthlyRemittance").toString())
        .isEqualTo("25.0");
    // known by her Khmer name only, gender not said: X, and Battambang's code "2" read as "02"
    Map<String, Object> sreypov = byExternalId(a, "01HQ7Z3KC3");
    assertThat(sreypov.get("givenName")).isEqualTo("ស្រីពៅ");
    assertThat(sreypov.get("sex")).isEqualTo("X");
    assertThat(sreypov.get("homeProvince")).isEqualTo("02");
    assertThat(sreypov.get("literacy")).isEqualTo("NONE");
    // one audit entry per client created
    assertThat(
            JsonPath.<List<String>>read(
                a.json(a.officer, "/api/v1/audit?action=CREATE&size=200"),
                "$.items[?(@.entityType == 'CLIENT')].clientId"))
        .hasSize(4)
        .doesNotHaveDuplicates();

    // searchable at once, by her Khmer name and by OSCaR's id, for her organisation only
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              mvc.perform(get("/api/v1/search?type=CLIENT&q=គីមឡាង").with(a.officer))
                  .andExpect(jsonPath("$.total").value(1));
              mvc.perform(get("/api/v1/search?type=CLIENT&q=01HQ7Z3KA1").with(a.officer))
                  .andExpect(jsonPath("$.items[0].id").value(kimlang.get("id")));
            });

    // the same file again: nothing new, nothing changed, not a row written
    importCsv(a.officer, example(), false)
        .andExpect(jsonPath("$.created").value(0))
        .andExpect(jsonPath("$.updated").value(0))
        .andExpect(jsonPath("$.unchanged").value(4));
    mvc.perform(get("/api/v1/clients").with(a.officer)).andExpect(jsonPath("$.total").value(4));
    assertThat(byExternalId(a, "01HQ7Z3KA1").get("version")).isEqualTo(kimlang.get("version"));

    // Kimlang now keeps two dependants: that row alone is updated
    String changed =
        new String(example(), StandardCharsets.UTF_8)
            .replace(
                "tailor:INTEREST,tailor,01,no,no,0,0,", "tailor:INTEREST,tailor,01,no,no,2,0,");
    importCsv(a.officer, changed.getBytes(StandardCharsets.UTF_8), false)
        .andExpect(jsonPath("$.created").value(0))
        .andExpect(jsonPath("$.updated").value(1))
        .andExpect(jsonPath("$.unchanged").value(3));
    assertThat(JsonPath.<Integer>read(byExternalId(a, "01HQ7Z3KA1"), "$.household.dependants"))
        .isEqualTo(2);
    mvc.perform(get("/api/v1/clients").with(a.officer)).andExpect(jsonPath("$.total").value(4));

    // the API holds the same line: a second client with a known global id is refused
    mvc.perform(
            post("/api/v1/clients")
                .with(a.officer)
                .contentType("application/json")
                .content(
                    """
                    {"givenName": "Kimlang", "familyName": "Sok", "sex": "F",
                     "birthDate": "2003-01-01", "homeProvince": "01", "literacy": "NONE",
                     "externalId": "01HQ7Z3KA1"}
                    """))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("externalId"));
    // a PUT that does not name the other system's ids keeps them
    Map<String, Object> before = byExternalId(a, "01HQ7Z3KB2");
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/v1/clients/" + before.get("id"))
                .with(a.officer)
                .contentType("application/json")
                .content(
                    """
                    {"givenName": "Dara", "familyName": "Keo", "sex": "M",
                     "birthDate": "2004-11-23", "homeProvince": "12", "literacy": "FUNCTIONAL",
                     "version": %s}
                    """
                        .formatted(before.get("version"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.externalId").value("01HQ7Z3KB2"))
        .andExpect(jsonPath("$.homeVillageCode").value("120101"))
        .andExpect(jsonPath("$.localGivenName").value("ដារា"));

    // another organisation importing the same file gets clients of its own; the first is untouched
    Casework b = new Casework(mvc, organisations, clock);
    importCsv(b.officer, example(), false).andExpect(jsonPath("$.created").value(4));
    mvc.perform(get("/api/v1/clients").with(a.officer)).andExpect(jsonPath("$.total").value(4));
  }

  @Test
  void oneBadRowStoresNothingAndEveryProblemIsNamedByRowAndColumn() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);
    String file =
        """
        global_id,given_name,family_name,local_given_name,gender,date_of_birth,location_current_village_code,skills
        G-1,Sophea,Lim,សុភា,female,2005-03-01,12,
        G-2,Bopha,Chea,បុប្ផា,woman,31/02/2001,120101,
        G-1,Sophea,Lim,សុភា,female,2005-03-01,12,
        G-4,Chenda,Ouk,,female,2004-01-01,99,hairdresser:TRAINED;welder:TRAINED
        ,Vanna,Men,,female,2003-01-01,12,
        G-6,Rath,,,male,2030-01-01,1234567890,
        """;
    importCsv(a.officer, file.getBytes(StandardCharsets.UTF_8), false)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows").value(6))
        .andExpect(jsonPath("$.stored").value(false))
        .andExpect(
            result -> {
              List<Map<String, Object>> errors =
                  JsonPath.read(result.getResponse().getContentAsString(), "$.errors");
              assertThat(errors)
                  .extracting(e -> e.get("row") + ":" + e.get("field"))
                  .containsExactly(
                      "2:global_id",
                      "3:gender",
                      "3:date_of_birth",
                      "4:global_id",
                      "5:location_current_village_code",
                      "5:skills",
                      "6:global_id",
                      "7:family_name",
                      "7:date_of_birth",
                      "7:location_current_village_code");
              assertThat(errors.get(0).get("message").toString()).contains("row 4");
              assertThat(errors.get(3).get("message").toString()).contains("row 2");
              assertThat(errors.get(1).get("message").toString()).contains("woman");
            });
    mvc.perform(get("/api/v1/clients").with(a.officer)).andExpect(jsonPath("$.total").value(0));

    // a dry run of the corrected file says what it would do and stores nothing either
    String fixed =
        """
        global_id,given_name,family_name,local_given_name,gender,date_of_birth,location_current_village_code,skills
        G-1,Sophea,Lim,សុភា,female,2005-03-01,12,
        G-2,Bopha,Chea,បុប្ផា,female,28/02/2001,120101,
        """;
    importCsv(a.officer, fixed.getBytes(StandardCharsets.UTF_8), true)
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.dryRun").value(true))
        .andExpect(jsonPath("$.stored").value(false));
    mvc.perform(get("/api/v1/clients").with(a.officer)).andExpect(jsonPath("$.total").value(0));
    importCsv(a.officer, fixed.getBytes(StandardCharsets.UTF_8), false)
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.stored").value(true));
    mvc.perform(get("/api/v1/clients").with(a.officer)).andExpect(jsonPath("$.total").value(2));
  }

  @Test
  void anExcelWorkbookWithDateCellsAndNumbersForCodesImports() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("clients");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
      List<String> header =
          List.of(
              "global_id",
              "given_name",
              "family_name",
              "local_given_name",
              "gender",
              "date_of_birth",
              "location_current_village_code",
              "dependants",
              "available_from");
      Row first = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        first.createCell(i).setCellValue(header.get(i));
      }
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue(90017); // a number, as Excel keeps ids
      row.createCell(1).setCellValue("Theary");
      row.createCell(2).setCellValue("Nget");
      row.createCell(3).setCellValue("ធារី");
      row.createCell(4).setCellValue("female");
      row.createCell(5).setCellValue(LocalDate.of(2006, 7, 14));
      row.getCell(5).setCellStyle(date);
      row.createCell(6).setCellValue(1020304); // Primero's number: the leading zero is gone
      row.createCell(7).setCellValue(3);
      row.createCell(8).setCellValue(46123); // a serial number in a cell not formatted as a date
      book.write(out);
    }
    mvc.perform(
            post("/api/v1/imports/clients")
                .with(a.officer)
                .contentType(XLSX)
                .content(out.toByteArray()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.errors", empty()))
        .andExpect(jsonPath("$.created").value(1));
    Map<String, Object> theary = byExternalId(a, "90017");
    assertThat(theary.get("birthDate")).isEqualTo("2006-07-14");
    assertThat(theary.get("homeVillageCode")).isEqualTo("01020304");
    assertThat(theary.get("availableFrom")).isEqualTo("2026-04-11");
    assertThat(JsonPath.<Integer>read(theary, "$.household.dependants")).isEqualTo(3);
  }

  @Test
  void onlyOfficersImportAndAFileThatIsNoSpreadsheetIsRefused() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);
    TestFixtures fixtures = new TestFixtures(organisations);
    RequestPostProcessor employer =
        fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    for (RequestPostProcessor forbidden :
        List.of(employer, a.user(Role.ADMIN), a.user(Role.PLANNER))) {
      importCsv(forbidden, example(), false).andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/v1/clients").with(a.officer)).andExpect(jsonPath("$.total").value(0));

    mvc.perform(
            post("/api/v1/imports/clients")
                .with(a.officer)
                .contentType(XLSX)
                .content("PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    importCsv(a.officer, new byte[] {(byte) 0xC3, (byte) 0x28, ','}, false)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    mvc.perform(
            post("/api/v1/imports/clients")
                .with(a.officer)
                .contentType("application/json")
                .content("{}"))
        .andExpect(status().isUnsupportedMediaType());
    importCsv(a.officer, example(), false).andExpect(jsonPath("$.created").value(4));
  }

  @Test
  void theImportPathTakesBodiesOverTheApisTwoMegabytes() throws Exception {
    Casework a = new Casework(mvc, organisations, clock);
    String big =
        "global_id,given_name,family_name,gender,date_of_birth,home_province,notes\n"
            + "BIG-1,Sokha,Pen,female,2002-02-02,12,"
            + "x".repeat(3 * 1024 * 1024)
            + "\n";
    importCsv(a.officer, big.getBytes(StandardCharsets.UTF_8), false)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1));
    // beyond its own limit it is refused like any other API body
    importCsv(a.officer, new byte[11 * 1024 * 1024], false).andExpect(status().isPayloadTooLarge());
  }

  ResultActions importCsv(RequestPostProcessor who, byte[] file, boolean dryRun) throws Exception {
    return mvc.perform(
        post("/api/v1/imports/clients?dryRun=" + dryRun)
            .with(who)
            .contentType("text/csv")
            .content(file));
  }

  Map<String, Object> byExternalId(Casework c, String externalId) throws Exception {
    List<Map<String, Object>> found =
        JsonPath.read(
            c.json(c.officer, "/api/v1/clients?size=200"),
            "$.items[?(@.externalId == '" + externalId + "')]");
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
