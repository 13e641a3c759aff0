package org.equicity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one chart writer that statistics and indicators draw with. */
class SvgChartTests {

    @Test
    void theAxisEndsOnARoundNumber() {
        assertThat(SvgChart.niceMaximum(0)).isEqualTo(1);
        assertThat(SvgChart.niceMaximum(1)).isEqualTo(1);
        assertThat(SvgChart.niceMaximum(3)).isEqualTo(5);
        assertThat(SvgChart.niceMaximum(17)).isEqualTo(20);
        assertThat(SvgChart.niceMaximum(6_000)).isEqualTo(10_000);
    }

    @Test
    void labelsAreEscapedAndTheLongestBarFillsTheAxis() {
        var svg = SvgChart.bars(
                "c",
                "bar-chart",
                "Title <b>",
                "Description & more",
                "Actions",
                List.of(new SvgChart.Bar("Ö & <script>", 20.0, "20"), new SvgChart.Bar("Zero", 0.0, "0")),
                20,
                value -> String.valueOf((long) value));
        assertThat(svg)
                .startsWith("<svg")
                .contains("<title id=\"c-title\">Title &lt;b&gt;</title>")
                .contains("Description &amp; more")
                .contains(">Ö &amp; &lt;script&gt;</text>")
                .doesNotContain("<script>")
                .contains("<rect class=\"bar\" x=\"0.00%\" y=\"30\" width=\"80.00%\"")
                .contains("<rect class=\"bar\" x=\"0.00%\" y=\"76\" width=\"0.00%\"");
    }

    /**
     * On a 375 px phone the picture is as wide as the screen and its text as large as on a desktop: the chart has no
     * viewBox that would scale the text down with it, its horizontal positions are shares of the width, and a label
     * too long for the phone's width is cut (the table beside the chart has it whole).
     */
    @Test
    void labelsKeepTheirSizeAtAPhonesWidth() {
        var longLabel = "Commitment 3: a city that supports the victims of racism and discrimination";
        var svg = SvgChart.bars(
                "c",
                "bar-chart",
                "T",
                "D",
                null,
                List.of(new SvgChart.Bar(longLabel, null, "[s]")),
                1,
                String::valueOf);
        assertThat(svg)
                .doesNotContain("viewBox")
                .contains("width=\"100%\"")
                .contains("font-size=\"14\"")
                .contains(">[s]</text>")
                .doesNotContain("<rect");
        var label = svg.substring(svg.indexOf("font-size=\"14\""));
        label = label.substring(label.indexOf('>') + 1, label.indexOf("</text>"));
        assertThat(label).endsWith("…").hasSizeLessThanOrEqualTo(SvgChart.MAX_LABEL);
        // 14 px letters average about 7.5 px: a cut label fits the 343 px a 375 px screen leaves for the chart
        assertThat(label.length() * 7.5).isLessThan(375 - 32);
    }
}
