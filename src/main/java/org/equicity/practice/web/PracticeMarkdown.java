package org.equicity.practice.web;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders a practice's long texts, written (or imported) as CommonMark, so that paragraphs and lists survive. Raw
 * HTML in a text is shown as text, never passed on, and links other than web and mail addresses are dropped: the
 * texts come from anyone who writes or imports a practice.
 */
@Component
class PracticeMarkdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** The text as HTML; empty for none. */
    public String html(String text) {
        return text == null ? "" : renderer.render(parser.parse(text));
    }

    /** The text's CommonMark tree, for printers other than HTML (a Word document) to lay out. */
    Node parse(String text) {
        return parser.parse(text);
    }
}
