package org.equicity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One visual language: every button and every form control of every page comes from the components (ui.html,
 * forms.html, choose.html), so that it looks and behaves the same everywhere. A {@code <button>}, {@code <input>},
 * {@code <select>} or {@code <textarea>} written into any other template fails here, with its file and line.
 */
class UiComponentsTests {

    /** The templates that define the components. */
    static final Set<String> COMPONENTS = Set.of("ui.html", "forms.html", "choose.html");

    static final Pattern CONTROL = Pattern.compile("<(button|input|select|textarea)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void everyButtonAndFormControlComesFromTheComponents() throws IOException {
        var offences = new ArrayList<String>();
        for (var template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            var path = template.getURI().toString().replaceFirst(".*/templates/", "");
            if (!COMPONENTS.contains(path)) {
                offences.addAll(offences(path, template.getContentAsString(StandardCharsets.UTF_8)));
            }
        }
        assertThat(offences)
                .as("Use the components of ui.html / forms.html (see CONTRIBUTING.md, \"Components\")")
                .isEmpty();
    }

    @Test
    void theCheckNamesTheFileAndLineOfAHandWrittenControl() {
        var template = """
                <form>
                  <th:block th:replace="~{ui :: submit(#{a}, 'primary')}"/>
                  <BUTTON type="submit">Go</BUTTON>
                  <select name="s"><option>1</option></select>
                  <textarea name="t"></textarea>
                </form>""";
        assertThat(offences("plan/x.html", template))
                .containsExactly("plan/x.html:3: <BUTTON", "plan/x.html:4: <select", "plan/x.html:5: <textarea");
    }

    static List<String> offences(String path, String content) {
        var found = new ArrayList<String>();
        var lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var matcher = CONTROL.matcher(lines[i]);
            while (matcher.find()) {
                found.add(path + ":" + (i + 1) + ": " + matcher.group());
            }
        }
        return found;
    }
}
