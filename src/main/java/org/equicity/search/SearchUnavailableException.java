package org.equicity.search;

/** The index cannot be asked right now (the search cluster is down or unreachable); the content itself is safe. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(Throwable cause) {
        super("The search index cannot be reached", cause);
    }
}
