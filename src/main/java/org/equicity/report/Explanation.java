package org.equicity.report;

/** Why the city reports no action under a commitment. */
public record Explanation(String commitment, String text) {

    public Explanation {
        commitment = Texts.RULES.required(commitment, 100, "commitment");
        text = Texts.RULES.required(text, 5_000, "explanation");
    }
}
