package org.livelihoodmatch.vacancy;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public vacancy form as a browser uses it: one visitor (a client address and a session) gets
 * the page with its CSRF and form tokens, then posts fields. Each visitor has its own address, so
 * tests never share the rate limit.
 */
final class FormPage {

  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

  final String address;
  final MockHttpSession session;
  final String html;
  final String csrf;
  final String formToken;

  private FormPage(String address, MockHttpSession session, String html) {
    this.address = address;
    this.session = session;
    this.html = html;
    this.csrf = hidden(html, "_csrf");
    this.formToken = hidden(html, "formToken");
  }

  static String newAddress() {
    int n = ADDRESSES.getAndIncrement();
    return "10.77." + (n / 250) + "." + (n % 250 + 1);
  }

  static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  static FormPage open(MockMvc mvc, String lang) throws Exception {
    return open(mvc, lang, newAddress(), new MockHttpSession());
  }

  /** The same visitor fetching the form again (a fresh form token). */
  FormPage reopen(MockMvc mvc, String lang) throws Exception {
    return open(mvc, lang, address, session);
  }

  private static FormPage open(MockMvc mvc, String lang, String address, MockHttpSession session)
      throws Exception {
    MvcResult result =
        mvc.perform(get("/vacancies/new").param("lang", lang).session(session).with(from(address)))
            .andExpect(status().isOk())
            .andReturn();
    return new FormPage(address, session, result.getResponse().getContentAsString());
  }

  /** A post of these fields with this page's CSRF and form tokens. */
  MockHttpServletRequestBuilder submit(Map<String, String> fields) {
    return submit(fields, formToken);
  }

  /** A post of these fields with this page's CSRF token and the given form token. */
  MockHttpServletRequestBuilder submit(Map<String, String> fields, String token) {
    MockHttpServletRequestBuilder request =
        post("/vacancies/new")
            .session(session)
            .with(from(address))
            .param("_csrf", csrf)
            .param("formToken", token);
    fields.forEach(request::param);
    return request;
  }

  /** The same post without the CSRF token. */
  MockHttpServletRequestBuilder postWithoutCsrf(Map<String, String> fields) {
    MockHttpServletRequestBuilder request =
        post("/vacancies/new").session(session).with(from(address)).param("formToken", formToken);
    fields.forEach(request::param);
    return request;
  }

  /** A lawful garment vacancy of a new employer of this name. */
  static Map<String, String> lawful(String employerName) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("employerName", employerName);
    fields.put("employerRegistrationNumber", "");
    fields.put("employerPhone", "012 345 678");
    fields.put("employerEmail", "hr@example.com");
    fields.put("employerAddress", "No. 5, Street 598, Chrang Chamres, Phnom Penh");
    fields.put("title", "Sewing machine operator");
    fields.put("occupation", "sewing-machine-operator");
    fields.put("province", "12");
    fields.put("workplaceAddress", "No. 5, Street 598, Sangkat Chrang Chamres, Phnom Penh");
    fields.put("positions", "10");
    fields.put("monthlyWage", "215.00");
    fields.put("hoursPerWeek", "48");
    fields.put("providesAccommodation", "false");
    fields.put("providesMeals", "true");
    fields.put("minAge", "18");
    fields.put("startDate", LocalDate.now().plusMonths(2).toString());
    fields.put("workerPaysFees", "false");
    fields.put("employerHoldsDocuments", "false");
    fields.put("crossBorder", "false");
    fields.put("description", "Sewing shirts on a lockstitch machine; training on the job.");
    return fields;
  }

  static Map<String, String> with(Map<String, String> fields, String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(fields);
    changed.put(name, value);
    return changed;
  }

  static String hidden(String html, String name) {
    Matcher m =
        Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
    return m.find() ? m.group(1) : null;
  }
}
