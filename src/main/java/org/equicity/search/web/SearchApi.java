package org.equicity.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.equicity.search.Search;
import org.equicity.search.Search.SearchResults;
import org.equicity.search.SearchUnavailableException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search")
class SearchApi {

    private final Search search;
    private final MessageSource messages;

    SearchApi(Search search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    record Rebuilt(long documents) {}

    @GetMapping("/api/v1/search")
    @Operation(
            summary = "Full-text search over plans, actions, good practices and accepted reports' actions",
            description = "Parameters: q (words, \"quoted phrases\", -excluded), lang (the query's language, by"
                    + " default the request's), page (from 0), size (at most 100), and any of the facets kind,"
                    + " country, city, level (LOCAL, REGIONAL, NATIONAL, EUROPEAN, INTERNATIONAL), owner (CITY,"
                    + " REGION, NATIONAL_AUTHORITY, NGO, NETWORK, EUROPEAN_BODY, INTERNATIONAL_BODY), commitment,"
                    + " track, year, language, field (codes of fields of action or"
                    + " activity), designation (DESIGNATED, NOT_DESIGNATED, UNDER_REVIEW) (repeatable). Kinds: PLAN,"
                    + " ACTION, PRACTICE, REPORTED_ACTION; a hit's source is its plan, the practice itself or its"
                    + " report. Snippets are HTML with <mark> around the matches. Anonymous callers find public"
                    + " content only.")
    SearchResults search(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
        return search.search(SearchRequests.query(parameters, locale, SearchRequests.PAGE_SIZE));
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ProblemDetail unavailable(Locale locale) {
        var problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
        problem.setDetail(messages.getMessage("search.unavailable", null, locale));
        return problem;
    }

    @PostMapping("/api/v1/admin/search/rebuild")
    @Operation(summary = "Derive every search document again and rewrite the index (platform administrators)")
    Rebuilt rebuild() {
        return new Rebuilt(search.rebuild());
    }
}
