package org.livelihoodmatch.system;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages' answers to unknown or malformed ids and parameters: the error page in the reader's
 * language with {@code 404} (an id in the path that names nothing, or is no id at all) or {@code
 * 400} (a parameter of the wrong kind), never a trace. The API's controllers are answered first by
 * {@link ProblemDetails}, which is ordered before this.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound() {
    return page(HttpStatus.NOT_FOUND);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView wrongKind(MethodArgumentTypeMismatchException e) {
    return page(
        e.getParameter().hasParameterAnnotation(PathVariable.class)
            ? HttpStatus.NOT_FOUND
            : HttpStatus.BAD_REQUEST);
  }

  /** The database is restarting or unreachable: a page that says so, not a sign-in loop. */
  @ExceptionHandler({
    org.springframework.dao.DataAccessResourceFailureException.class,
    org.springframework.dao.TransientDataAccessResourceException.class,
    org.springframework.jdbc.CannotGetJdbcConnectionException.class,
    org.springframework.transaction.CannotCreateTransactionException.class
  })
  ModelAndView databaseUnavailable(jakarta.servlet.http.HttpServletResponse response) {
    response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
    return page(HttpStatus.SERVICE_UNAVAILABLE);
  }

  private static ModelAndView page(HttpStatus status) {
    return new ModelAndView("error", Map.of("status", status.value()), status);
  }
}
