package io.klien.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTests {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", " =HYPERLINK(\"http://evil.test\")",
            "   +cmd|' /C calc'!A0", "\t=1+1", " \t-2", "\u00A0=1", "\u2003@SUM(A1)", "\u3000=1", "\uFF1D1+1",
            " \n=1"})
    void aCellThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe(String cell) {
        assertThat(CsvWriter.neutralised(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "PT Maju Jaya", " Maju = Jaya", "a=1", "info@majujaya.test", "1-2", " 42"})
    void anOrdinaryCellIsWrittenAsItIs(String cell) {
        assertThat(CsvWriter.neutralised(cell)).isEqualTo(cell);
    }

    @Test
    void aNeutralisedCellIsStillQuotedWhenItNeedsIt() throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(List.of("  =1,2", "ok"));
        assertThat(out).hasToString("\"'  =1,2\",ok\r\n");
    }
}
