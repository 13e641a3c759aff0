package org.equicity.practice;

import java.util.List;
import org.equicity.practice.Practices.Template;

/** Practices as tests write them. */
public final class PracticeFixtures {

    private PracticeFixtures() {}

    /**
     * The template of a practice told in a few words: its title, fields of action, period and purpose, nothing else.
     */
    public static Template template(String title, List<String> fieldsOfAction, String period, String purpose) {
        return new Template(title, null, null, fieldsOfAction, null, period, purpose, null, null, null, List.of());
    }
}
