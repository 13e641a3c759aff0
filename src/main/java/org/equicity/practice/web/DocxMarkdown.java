package org.equicity.practice.web;

import java.math.BigInteger;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Lays out a practice's CommonMark text in a Word document as Word's own paragraphs, bulleted and numbered lists, bold,
 * italics, code and links, so that the compiled compendium reads like the practice's page and never shows markup.
 * Raw HTML stays text and a link other than a web or mail address keeps only its words, as on the page.
 */
final class DocxMarkdown {

    private static final int SIZE = 10;
    private static final int INDENT = 360;

    private final XWPFDocument document;
    private @Nullable BigInteger bullets;
    private @Nullable BigInteger numbers;

    DocxMarkdown(XWPFDocument document) {
        this.document = document;
    }

    /** Writes the text's blocks; answers the last paragraph written, for a note to follow it. */
    XWPFParagraph write(Node markdown) {
        blocks(markdown, 0, null);
        var paragraphs = document.getParagraphs();
        return paragraphs.isEmpty() ? document.createParagraph() : paragraphs.get(paragraphs.size() - 1);
    }

    /** A list a paragraph is the first of an item of: the list's numbering and how deep it is nested. */
    private record Item(BigInteger numbering, int level) {}

    private void blocks(Node parent, int indent, @Nullable Item item) {
        var first = item;
        for (var node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof BulletList || node instanceof OrderedList) {
                list(node, indent);
            } else if (node instanceof BlockQuote) {
                blocks(node, indent + 1, null);
            } else if (node instanceof ThematicBreak) {
                document.createParagraph();
            } else {
                var paragraph = paragraph(indent, first);
                block(paragraph, node);
            }
            first = null;
        }
    }

    private void block(XWPFParagraph paragraph, Node node) {
        if (node instanceof Heading) {
            runs(paragraph, node, true, false);
        } else if (node instanceof FencedCodeBlock code) {
            lines(paragraph, code.getLiteral());
        } else if (node instanceof IndentedCodeBlock code) {
            lines(paragraph, code.getLiteral());
        } else if (node instanceof HtmlBlock html) {
            run(paragraph, html.getLiteral().strip(), false, false);
        } else {
            runs(paragraph, node, false, false);
        }
    }

    /** Each item's first paragraph carries the list's bullet or number; its other paragraphs are indented under it. */
    private void list(Node list, int indent) {
        var numbering = list instanceof OrderedList ordered
                ? numbered(ordered.getMarkerStartNumber() == null ? 1 : ordered.getMarkerStartNumber())
                : bulleted();
        for (var node = list.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof ListItem) {
                blocks(node, indent + 1, new Item(numbering, indent));
            }
        }
    }

    private XWPFParagraph paragraph(int indent, @Nullable Item item) {
        var paragraph = document.createParagraph();
        paragraph.setSpacingAfter(80);
        if (item != null) {
            paragraph.setNumID(item.numbering());
            paragraph.setNumILvl(BigInteger.valueOf(Math.min(item.level(), 2)));
        } else if (indent > 0) {
            paragraph.setIndentationLeft(indent * INDENT);
        }
        return paragraph;
    }

    private void runs(XWPFParagraph paragraph, Node parent, boolean bold, boolean italic) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                run(paragraph, text.getLiteral(), bold, italic);
            } else if (node instanceof Emphasis) {
                runs(paragraph, node, bold, true);
            } else if (node instanceof StrongEmphasis) {
                runs(paragraph, node, true, italic);
            } else if (node instanceof Code code) {
                run(paragraph, code.getLiteral(), bold, italic).setFontFamily("Courier New");
            } else if (node instanceof SoftLineBreak) {
                run(paragraph, " ", bold, italic);
            } else if (node instanceof HardLineBreak) {
                paragraph.createRun().addBreak();
            } else if (node instanceof HtmlInline html) {
                run(paragraph, html.getLiteral(), bold, italic);
            } else if (node instanceof Link link && safe(link.getDestination())) {
                var run = paragraph.createHyperlinkRun(link.getDestination());
                run.setText(words(link));
                run.setFontSize(SIZE);
                run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                run.setColor("1F4E9A");
            } else {
                // a link to anything else, an image: its words
                runs(paragraph, node, bold, italic);
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        var run = paragraph.createRun();
        run.setFontSize(SIZE);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    private static void lines(XWPFParagraph paragraph, String text) {
        var lines = text.stripTrailing().split("\n", -1);
        var run = paragraph.createRun();
        run.setFontSize(SIZE - 1);
        run.setFontFamily("Courier New");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static String words(Node parent) {
        var words = new StringBuilder();
        for (var node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                words.append(text.getLiteral());
            } else if (node instanceof Code code) {
                words.append(code.getLiteral());
            } else {
                words.append(words(node));
            }
        }
        return words.toString();
    }

    /** As the page's renderer keeps them: web and mail addresses. */
    private static boolean safe(String destination) {
        var lower = destination.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
    }

    private BigInteger bulleted() {
        if (bullets == null) {
            bullets = numbering().addNum(definition(STNumberFormat.BULLET));
        }
        return bullets;
    }

    /** A numbered list counts from its own start: each is a numbering of its own. */
    private BigInteger numbered(int start) {
        if (numbers == null) {
            numbers = definition(STNumberFormat.DECIMAL);
        }
        var id = numbering().addNum(numbers);
        var override = numbering().getNum(id).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return id;
    }

    /** Three levels of bullets or numbers, each indented a step further. */
    private BigInteger definition(STNumberFormat.Enum format) {
        var definition = CTAbstractNum.Factory.newInstance();
        for (int level = 0; level < 3; level++) {
            var lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(format);
            lvl.addNewLvlText().setVal(format == STNumberFormat.BULLET ? "•" : "%" + (level + 1) + ".");
            var indentation = lvl.addNewPPr().addNewInd();
            indentation.setLeft(BigInteger.valueOf((long) INDENT * (level + 1)));
            indentation.setHanging(BigInteger.valueOf(INDENT));
        }
        var numbering = numbering();
        definition.setAbstractNumId(
                BigInteger.valueOf(numbering.getAbstractNums().size()));
        return numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
    }

    private XWPFNumbering numbering() {
        var numbering = document.getNumbering();
        return numbering == null ? document.createNumbering() : numbering;
    }
}
