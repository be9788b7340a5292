package org.livelihoodmatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OpenAPI description says what the endpoints do (API.md): the search's query parameters one by
 * one, and the status each creating or accepting endpoint really answers.
 */
@IntegrationTest
class ApiDescriptionIntegrationTests {

  @Autowired MockMvc mvc;

  @Test
  void searchParametersAreTheOptionalQueryParametersOfApiMd() throws Exception {
    String api = apiDocs();
    List<Map<String, Object>> parameters =
        JsonPath.read(api, "$.paths['/api/v1/search'].get.parameters");

    assertThat(parameters)
        .extracting(p -> p.get("name"))
        .containsExactlyInAnyOrder(
            "q", "type", "province", "occupation", "lat", "lon", "radiusKm", "page", "size");
    assertThat(parameters).allSatisfy(p -> assertThat(p.get("in")).isEqualTo("query"));
    assertThat(parameters).noneSatisfy(p -> assertThat(p.get("required")).isEqualTo(true));
    assertThat(
            JsonPath.<List<String>>read(
                api, "$.paths['/api/v1/search'].get.parameters[?(@.name == 'lat')].schema.type"))
        .containsExactly("number");
  }

  @Test
  void creatingAndAcceptingEndpointsDocumentTheStatusTheyAnswer() throws Exception {
    String api = apiDocs();

    assertThat(responses(api, "/api/v1/clients", "post")).containsOnlyKeys("201");
    assertThat(responses(api, "/api/v1/vacancies", "post")).containsOnlyKeys("201");
    assertThat(responses(api, "/api/v1/training-intakes", "post")).containsOnlyKeys("201");
    assertThat(responses(api, "/api/v1/organisations", "post")).containsOnlyKeys("201");
    assertThat(responses(api, "/api/v1/users", "post")).containsOnlyKeys("201");
    assertThat(responses(api, "/api/v1/plans", "post")).containsOnlyKeys("202");
    assertThat(responses(api, "/api/v1/plans/{id}/solve", "post")).containsOnlyKeys("202");
    assertThat(responses(api, "/api/v1/admin/reindex", "post")).containsOnlyKeys("202");
    // The body is still described: the created client, the accepted plan.
    assertThat(
            JsonPath.<String>read(
                api,
                "$.paths['/api/v1/clients'].post.responses['201'].content['*/*'].schema['$ref']"))
        .endsWith("/ClientView");
    assertThat(
            JsonPath.<String>read(
                api,
                "$.paths['/api/v1/plans'].post.responses['202'].content['*/*'].schema['$ref']"))
        .endsWith("/PlanView");
    // Plain reads still answer 200.
    assertThat(responses(api, "/api/v1/plans/{id}", "get")).containsKey("200");
  }

  @Test
  void theHouseholdsDebtsSchoolAndClinicsAreDescribed() throws Exception {
    String api = apiDocs();
    assertThat(
            JsonPath.<List<String>>read(
                api, "$.components.schemas.DebtForm.properties.lender.enum"))
        .containsExactly("MICROFINANCE", "MONEYLENDER", "FAMILY", "EMPLOYER");
    assertThat(JsonPath.<Map<String, Object>>read(api, "$.components.schemas.Budget.properties"))
        .containsKey("debtRepayment");
    assertThat(
            JsonPath.<List<String>>read(
                api, "$.components.schemas.TrainingIntakeForm.properties.kind.enum"))
        .containsExactly("VOCATIONAL", "LITERACY", "SCHOOL");
    assertThat(JsonPath.<Map<String, Object>>read(api, "$.paths"))
        .containsKey("/api/v1/catalogue/clinics");
  }

  private String apiDocs() throws Exception {
    return mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static Map<String, Object> responses(String api, String path, String method) {
    return JsonPath.read(api, "$.paths['" + path + "']." + method + ".responses");
  }
}
