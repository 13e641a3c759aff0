package org.equicity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void cellsSpreadsheetsWouldRunAsFormulasGetAQuoteThatReadingTakesOff() throws Exception {
        for (var text : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'=quoted", "'plain", "'")) {
            assertThat(Csv.cell(text)).as(text).isEqualTo("'" + text);
            assertThat(Csv.read(Csv.cell(text))).as(text).isEqualTo(text);
        }
        for (var text : Arrays.asList("Advice desk", "1-2", "", null)) {
            assertThat(Csv.cell(text)).as(text).isEqualTo(text);
            assertThat(Csv.read(text)).as(text).isEqualTo(text);
        }
        assertThat(Csv.read("'hand typed")).isEqualTo("'hand typed");
    }

    @Test
    void rowsQuoteTextsButNotNumbers() throws Exception {
        var out = new StringWriter();
        try (var csv = Csv.writer(out, ';')) {
            csv.row(Arrays.asList("=HYPERLINK(\"x\")", -3L, null, "ok"));
        }
        assertThat(out.toString()).isEqualTo("\uFEFF\"'=HYPERLINK(\"\"x\"\")\";-3;;ok\r\n");
    }
}
