package org.equicity.search.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equicity.search.Search;
import org.equicity.search.Search.Facet;
import org.equicity.search.Search.FacetValue;
import org.equicity.search.Search.Hit;
import org.equicity.search.Search.SearchResults;
import org.equicity.search.SearchUnavailableException;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/** The search page: a form, the hits with their highlighted passages, facet links that narrow or widen, pages. */
@Controller
class SearchPages {

    private final Search search;

    SearchPages(Search search) {
        this.search = search;
    }

    /** A facet value as a link that adds it to the search, or removes it when it is chosen. */
    record FacetLink(FacetValue value, String href) {}

    record FacetGroup(Facet facet, List<FacetLink> links) {}

    /** A hit with where it is read and its country's name in the reader's language. */
    record HitLink(Hit hit, String href, @Nullable String country) {}

    @GetMapping("/search")
    String search(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
        var query = SearchRequests.query(parameters, locale, SearchRequests.PAGE_SIZE);
        var results = search.search(query);
        var kept = new LinkedMultiValueMap<String, String>();
        parameters.forEach((name, values) -> {
            if (!name.equals("page")) {
                kept.put(name, values);
            }
        });
        model.addAttribute("q", query.text());
        model.addAttribute("results", results);
        model.addAttribute(
                "hits",
                results.hits().stream()
                        .map(hit -> new HitLink(hit, link(hit), country(hit.country(), locale)))
                        .toList());
        model.addAttribute("facets", facets(results, kept));
        model.addAttribute("previous", query.page() > 0 ? page(kept, query.page() - 1) : null);
        model.addAttribute("next", query.page() + 1 < results.pages() ? page(kept, query.page() + 1) : null);
        return "search/search";
    }

    /** The page still offers the form, and says that searching does not work right now. */
    @ExceptionHandler(SearchUnavailableException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(HttpServletRequest request, Model model) {
        model.addAttribute("q", request.getParameter("q"));
        model.addAttribute("problemKey", "search.unavailable");
        model.addAttribute("problemArguments", new Object[0]);
        return "search/problem";
    }

    /** A search that cannot be run as asked (too long, paged too far): the form again, with the reason. */
    @ExceptionHandler(RuleViolationException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String refused(RuleViolationException refusal, HttpServletRequest request, Model model) {
        model.addAttribute("q", request.getParameter("q"));
        model.addAttribute("problemKey", refusal.messageKey());
        model.addAttribute("problemArguments", refusal.arguments());
        return "search/problem";
    }

    /**
     * Where a hit is read: the public plan page, or the city's own page while the plan is not published; the
     * practice's page (which checks who may read it); the public page of the accepted report.
     */
    private static String link(Hit hit) {
        return switch (hit.kind()) {
            case PLAN -> plan(hit);
            case ACTION -> plan(hit) + "#action-" + hit.id();
            case PRACTICE -> "/practices/" + hit.id();
            case REPORTED_ACTION -> "/cities/" + hit.citySlug() + "/reports/" + hit.source() + "#action-" + hit.id();
        };
    }

    private static @Nullable String country(@Nullable String code, Locale locale) {
        return code == null
                ? null
                : new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    private static String plan(Hit hit) {
        var base = hit.published() ? "/cities/" : "/manage/cities/";
        return base + hit.citySlug() + "/plans/" + hit.source();
    }

    private static List<FacetGroup> facets(SearchResults results, MultiValueMap<String, String> parameters) {
        var groups = new ArrayList<FacetGroup>();
        for (var facet : Facet.values()) {
            var values = results.facets().getOrDefault(facet, List.of());
            if (values.isEmpty()) {
                continue;
            }
            var links = values.stream()
                    .map(value -> new FacetLink(value, toggle(parameters, facet.key(), value.value())))
                    .toList();
            groups.add(new FacetGroup(facet, links));
        }
        return groups;
    }

    private static String toggle(MultiValueMap<String, String> parameters, String name, String value) {
        var changed = new LinkedMultiValueMap<String, String>();
        parameters.forEach((key, values) -> changed.put(key, new ArrayList<>(values)));
        var values = changed.computeIfAbsent(name, key -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return address(changed);
    }

    private static String page(MultiValueMap<String, String> parameters, int page) {
        var changed = new LinkedMultiValueMap<>(parameters);
        changed.set("page", String.valueOf(page));
        return address(changed);
    }

    private static String address(MultiValueMap<String, String> parameters) {
        return UriComponentsBuilder.fromPath("/search")
                .queryParams(parameters)
                .encode()
                .build()
                .toUriString();
    }
}
