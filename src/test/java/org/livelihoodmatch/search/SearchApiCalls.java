package org.livelihoodmatch.search;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Posts vacancies and clients and runs searches over the API, for the search integration tests. */
final class SearchApiCalls {

  private final MockMvc mvc;

  SearchApiCalls(MockMvc mvc) {
    this.mvc = mvc;
  }

  /** Posts an open vacancy (the employer is verified) and answers its id. */
  String vacancy(
      RequestPostProcessor employer,
      String title,
      String occupation,
      String province,
      String description)
      throws Exception {
    String body =
        """
        {"title": "%s", "occupation": "%s", "province": "%s",
         "workplaceAddress": "No. 12, Street 271, Tuol Kork", "positions": 3,
         "monthlyWage": 240.00, "hoursPerWeek": 48, "minAge": 18, "startDate": "%s",
         "description": "%s"}
        """
            .formatted(title, occupation, province, LocalDate.now().plusMonths(2), description);
    String answer =
        mvc.perform(
                post("/api/v1/vacancies")
                    .with(employer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(answer, "$.id");
  }

  /** Registers a client and answers her id. */
  String client(RequestPostProcessor officer, String givenName, String occupation)
      throws Exception {
    String body =
        """
        {"givenName": "%s", "familyName": "Chan", "sex": "F", "birthDate": "2004-04-02",
         "homeProvince": "20", "literacy": "BASIC",
         "preferences": {"occupations": ["%s"], "provinces": ["20", "12"]}}
        """
            .formatted(givenName, occupation);
    String answer =
        mvc.perform(
                post("/api/v1/clients")
                    .with(officer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(answer, "$.id");
  }

  /** The ids of the first page (200) of {@code GET /api/v1/search?<query>}. */
  List<String> ids(RequestPostProcessor who, String query) throws Exception {
    String answer =
        mvc.perform(get("/api/v1/search?size=200&" + query).with(who))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(answer, "$.items[*].id");
  }
}
