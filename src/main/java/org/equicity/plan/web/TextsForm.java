package org.equicity.plan.web;

import java.util.List;

/** A plan form whose texts are written in a chosen language, which a save checks them against. */
interface TextsForm {

    /** The language the texts are written in (ISO 639-1). */
    String language();

    /** The texts that tell which language they are written in; any of them may be empty. */
    List<String> texts();
}
