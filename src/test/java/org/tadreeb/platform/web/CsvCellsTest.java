package org.tadreeb.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** CSV fields a spreadsheet cannot run as formulas. */
class CsvCellsTest {

    @Test
    void aLeadingFormulaCharacterIsEscaped() {
        assertEquals("'=HYPERLINK(\"x\")", CsvCells.guard("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvCells.guard("+1"));
        assertEquals("'-1", CsvCells.guard("-1"));
        assertEquals("'@SUM(A1)", CsvCells.guard("@SUM(A1)"));
        assertEquals("Salim = Soon", CsvCells.guard("Salim = Soon"));
        assertEquals("", CsvCells.guard(""));
        assertNull(CsvCells.guard(null));
    }

    @Test
    void aCellIsAlsoQuotedWhenItNeedsTo() {
        assertEquals("\"'=1,2\"", CsvCells.cell("=1,2"));
        assertEquals("\"say \"\"hi\"\"\"", CsvCells.cell("say \"hi\""));
        assertEquals("", CsvCells.cell(null));
    }
}
