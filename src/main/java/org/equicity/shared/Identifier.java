package org.equicity.shared;

import java.util.UUID;

/**
 * A typed identifier: a record around one UUID, so that a plan's id cannot be passed where an action's is wanted.
 * Outside the code, in API requests and answers and in the API documentation, it is just that UUID as a string
 * ({@code org.equicity.shared.web.IdentifierJson}), so that what a client reads it can send back.
 */
public interface Identifier {

    UUID value();
}
