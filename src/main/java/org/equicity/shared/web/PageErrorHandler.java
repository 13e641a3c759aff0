package org.equicity.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.equicity.shared.NotFoundException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Pages answer an unknown id with the friendly not-found page, and a form sent twice at once (a double click, two
 * tabs) whose second copy the database refused with a notice that it was already done, rather than the generic
 * error page; a burst that leaves no database connection free asks the reader to send the form again shortly.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HttpServletRequest request) {
        ErrorPages.mark(request);
        return "error/404";
    }

    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(HttpServletRequest request) {
        ErrorPages.mark(request);
        return "error/409";
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String busy(HttpServletRequest request, HttpServletResponse response) {
        ErrorPages.mark(request);
        response.setHeader("Retry-After", ApiProblemHandler.RETRY_AFTER_SECONDS);
        return "error/503";
    }
}
