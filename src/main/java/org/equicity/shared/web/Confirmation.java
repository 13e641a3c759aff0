package org.equicity.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The page between a button and a step that cannot be undone (submitting a report, opening a consultation, adopting
 * a plan, signing off, publishing): it says what will happen and that it cannot be undone, shows what will be sent,
 * and has the step's own POST button and a way back. It is an ordinary page (GET), so it works with the keyboard and
 * without JavaScript, and the step's POST endpoint stays as it is.
 *
 * @param title message key of the question, which is also the page title ("Submit the report?")
 * @param subject the thing the step is taken on, as the reader knows it (a plan's or report's title)
 * @param consequence message key of what will happen and what cannot be undone afterwards
 * @param button message key of the final button (the same words as the button that led here)
 * @param action the address the step is posted to
 * @param back the address of the page the person came from
 * @param facts message key of each label to the value it shows, for what the person typed before (may be empty)
 * @param sent name and value of each field the step's form sends (may be empty)
 */
public record Confirmation(
        String title,
        String subject,
        String consequence,
        String button,
        String action,
        String back,
        Map<String, String> facts,
        Map<String, String> sent) {

    public Confirmation {
        facts = new LinkedHashMap<>(facts);
        sent = new LinkedHashMap<>(sent);
    }

    /** A step without fields of its own. */
    public static Confirmation of(
            String title, String subject, String consequence, String button, String action, String back) {
        return new Confirmation(title, subject, consequence, button, action, back, Map.of(), Map.of());
    }

    /** The same step sending one more field (the version the person saw, for a concurrent change). */
    public Confirmation sending(String name, String value) {
        var more = new LinkedHashMap<>(sent);
        more.put(name, value);
        return new Confirmation(title, subject, consequence, button, action, back, facts, more);
    }

    /** The same step showing one more fact (a label's message key and its value) and sending it as a field. */
    public Confirmation showing(String label, String name, String value) {
        var shown = new LinkedHashMap<>(facts);
        shown.put(label, value);
        return new Confirmation(title, subject, consequence, button, action, back, shown, sent).sending(name, value);
    }

    /** Shows the confirmation page. */
    public String show(Model model) {
        model.addAttribute("confirmation", this);
        return "confirm";
    }
}
