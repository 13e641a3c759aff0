package org.equicity.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the REST API into an RFC 9457 problem detail: validation failures name their fields, bad
 * JSON is a 400, a rule broken is a 422, a lost race is a 409, a database with no connection to spare is a 503;
 * a client never sees a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    static final URI VALIDATION = URI.create("https://equicity.org/problems/validation");
    static final URI RULE = URI.create("https://equicity.org/problems/rule-violation");
    static final URI NOT_FOUND = URI.create("https://equicity.org/problems/not-found");
    static final URI CONFLICT = URI.create("https://equicity.org/problems/concurrent-edit");
    static final URI ALREADY_DONE = URI.create("https://equicity.org/problems/conflict");
    static final URI BUSY = URI.create("https://equicity.org/problems/busy");

    /** Seconds a client waits before it sends the refused request again. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    /** One entry per rejected field, in the reader's language. */
    record FieldProblem(String field, String message) {}

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = request.getLocale();
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale)))
                .toList();
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, message("problem.validation", locale));
        problem.setType(VALIDATION);
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // The parser's own message may quote internals (class names); the client gets a plain explanation.
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, message("problem.unreadable", request.getLocale()));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message("problem.not-found", locale));
        problem.setType(NOT_FOUND);
        return problem;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException ex, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
        problem.setType(RULE);
        problem.setProperty("code", ex.messageKey());
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrentEdit(ObjectOptimisticLockingFailureException ex, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message("problem.concurrent-edit", locale));
        problem.setType(CONFLICT);
        return problem;
    }

    /**
     * The same request sent twice at once: the database refused the loser (a unique constraint, or a row it waited
     * for changed under it). It may surface at commit, after the facade's own code, so it is answered here.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class})
    ProblemDetail conflict(RuntimeException ex, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message("problem.conflict", locale));
        problem.setType(ALREADY_DONE);
        return problem;
    }

    /**
     * Every connection of the pool stayed taken for the pool's whole wait (a burst of saves on one node): nothing was
     * written, so the client is told to send the same request again shortly rather than that the server broke.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> busy(RuntimeException ex, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, message("problem.busy", locale));
        problem.setType(BUSY);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
