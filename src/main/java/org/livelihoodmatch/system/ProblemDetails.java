package org.livelihoodmatch.system;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API into RFC 9457 problem details: {@code 400} with one entry per
 * bad field, {@code 404}, {@code 409}; never a stack trace, never a {@code 500} for bad input.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(0)
class ProblemDetails extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetails.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
    return badRequest("The request has invalid fields", e.problems());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(StaleVersionException.class)
  ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
    return problem(HttpStatus.CONFLICT, "Stale version", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.field() + ": " + e.getMessage());
    body.setTitle("Conflict");
    body.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
    return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> concurrent(OptimisticLockingFailureException e) {
    return problem(
        HttpStatus.CONFLICT,
        "Stale version",
        "The record was changed by someone else meanwhile. Reload it and apply your change again.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(
        "The request has invalid parameters",
        List.of(new FieldProblem(e.getName(), "'" + e.getValue() + "' is not a valid value")));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (ApiBodyLimit.tooLarge(e)) {
      ProblemDetail body =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.PAYLOAD_TOO_LARGE,
              "The API takes request bodies of at most " + ApiBodyLimit.LIMIT_TEXT + ".");
      body.setTitle("Request body too large");
      return new ResponseEntity<>(body, HttpStatus.PAYLOAD_TOO_LARGE);
    }
    FieldProblem problem = UnreadableBody.describe(e);
    return new ResponseEntity<>(
        body("The request body could not be read", List.of(problem)), HttpStatus.BAD_REQUEST);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> problems =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldProblem(Validation.fieldName(f.getField()), f.getDefaultMessage()))
            .toList();
    return new ResponseEntity<>(
        body("The request has invalid fields", problems), HttpStatus.BAD_REQUEST);
  }

  /** The database is restarting or unreachable: say so, and when to come back. */
  @ExceptionHandler({
    org.springframework.dao.DataAccessResourceFailureException.class,
    org.springframework.dao.TransientDataAccessResourceException.class,
    org.springframework.jdbc.CannotGetJdbcConnectionException.class,
    org.springframework.transaction.CannotCreateTransactionException.class
  })
  ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
    log.warn("Database unavailable: {}", e.getMessage());
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
    body.setTitle(DatabaseUnavailable.TITLE);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
        .body(body);
  }

  @ExceptionHandler({
    IllegalStateException.class,
    org.springframework.dao.DataAccessException.class
  })
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unexpected state", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "Something went wrong on our side.");
  }

  private static ResponseEntity<ProblemDetail> badRequest(String title, List<FieldProblem> fields) {
    return ResponseEntity.badRequest().body(body(title, fields));
  }

  private static ProblemDetail body(String title, List<FieldProblem> fields) {
    ProblemDetail detail = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    detail.setTitle(title);
    detail.setDetail(
        fields.stream()
            .map(f -> f.field() + ": " + f.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse(title));
    detail.setProperty(
        "errors",
        fields.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
    return detail;
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String title, String detail) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setTitle(title);
    return ResponseEntity.status(status).body(body);
  }
}
