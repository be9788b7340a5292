package org.livelihoodmatch.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The layout's language links: the same page with the same query string, only {@code lang} changed,
 * so that switching keeps a search, a filter or a page of a list. (What is typed but not yet sent
 * is kept by {@code js/language.js}, which carries it over in the tab's sessionStorage.) A page
 * answered to a form's POST links to its address without the form's fields.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageSwitch {

  /** The two links of the layout. */
  record Links(String en, String km) {}

  @ModelAttribute("languageSwitch")
  Links languageSwitch(HttpServletRequest request) {
    String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
    return new Links(link(request, query, "en"), link(request, query, "km"));
  }

  static String link(HttpServletRequest request, String query, String language) {
    StringJoiner kept = new StringJoiner("&");
    if (query != null) {
      for (String pair : query.split("&")) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        if (!pair.isEmpty() && !"lang".equals(URLDecoder.decode(name, StandardCharsets.UTF_8))) {
          kept.add(pair);
        }
      }
    }
    kept.add("lang=" + URLEncoder.encode(language, StandardCharsets.UTF_8));
    return request.getRequestURI() + "?" + kept;
  }
}
