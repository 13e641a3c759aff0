package org.equicity.translation;

import java.util.ArrayList;
import java.util.List;

/** Groups segments into requests that stay under a service's limits on characters and on texts per request. */
final class Batches {

    private Batches() {}

    static List<List<String>> of(List<String> segments, int maxCharacters, int maxTexts) {
        var batches = new ArrayList<List<String>>();
        var batch = new ArrayList<String>();
        int characters = 0;
        for (var segment : segments) {
            if (!batch.isEmpty() && (characters + segment.length() > maxCharacters || batch.size() == maxTexts)) {
                batches.add(List.copyOf(batch));
                batch.clear();
                characters = 0;
            }
            batch.add(segment);
            characters += segment.length();
        }
        if (!batch.isEmpty()) {
            batches.add(List.copyOf(batch));
        }
        return batches;
    }
}
