package org.livelihoodmatch.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The API's answers to requests that reach no endpoint: an unknown path ({@code 404}), a method the
 * path does not take ({@code 405}, with {@code Allow}), a body type it does not read ({@code 415}),
 * as problem details like every other API error. {@link ProblemDetails} answers what the API's
 * controllers raise; these are raised before any controller is chosen. Pages keep their error
 * pages.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRoutingProblems implements HandlerExceptionResolver {

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return null;
    }
    try {
      if (e instanceof NoResourceFoundException) {
        write(response, HttpStatus.NOT_FOUND, "No endpoint at " + request.getRequestURI());
      } else if (e instanceof HttpRequestMethodNotSupportedException m) {
        if (m.getSupportedMethods() != null) {
          response.setHeader(
              HttpHeaders.ALLOW, StringUtils.arrayToCommaDelimitedString(m.getSupportedMethods()));
        }
        write(response, HttpStatus.METHOD_NOT_ALLOWED, m.getMessage());
      } else if (e instanceof HttpMediaTypeNotSupportedException) {
        write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
      } else if (e instanceof HttpMediaTypeNotAcceptableException) {
        write(response, HttpStatus.NOT_ACCEPTABLE, "The API answers application/json.");
      } else {
        return null;
      }
    } catch (IOException io) {
      return null;
    }
    return new ModelAndView();
  }

  private static void write(HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    ProblemJson.write(response, status.value(), status.getReasonPhrase(), detail);
  }
}
