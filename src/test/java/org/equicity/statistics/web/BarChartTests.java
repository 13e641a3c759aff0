package org.equicity.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BarChartTests {

    @Test
    void theAxisEndsOnARoundNumber() {
        assertThat(BarChart.niceMaximum(0)).isEqualTo(1);
        assertThat(BarChart.niceMaximum(1)).isEqualTo(1);
        assertThat(BarChart.niceMaximum(3)).isEqualTo(5);
        assertThat(BarChart.niceMaximum(17)).isEqualTo(20);
        assertThat(BarChart.niceMaximum(6_000)).isEqualTo(10_000);
    }

    @Test
    void labelsAreEscapedAndTheLongestBarFillsTheAxis() {
        var svg = BarChart.svg(
                "c",
                "Title <b>",
                "Description & more",
                "Actions",
                List.of(new BarChart.Bar("Ö & <script>", 20), new BarChart.Bar("Zero", 0)),
                false,
                Locale.GERMAN);
        assertThat(svg)
                .startsWith("<svg")
                .contains("<title id=\"c-title\">Title &lt;b&gt;</title>")
                .contains("Description &amp; more")
                .contains(">Ö &amp; &lt;script&gt;</text>")
                .doesNotContain("<script>")
                .contains("width=\"" + BarChart.PLOT + "\"")
                .contains("<rect class=\"bar\" x=\"16\" y=\"76\" width=\"0\"");
    }
}
