package org.tadreeb.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameFoldingTest {

    @Test
    void alefFormsTaMarbutaAndAlefMaqsuraAreFolded() {
        assertEquals(NameFolding.fold("احمد"), NameFolding.fold("أحمد"));
        assertEquals(NameFolding.fold("اسراء"), NameFolding.fold("إسراء"));
        assertEquals(NameFolding.fold("امال"), NameFolding.fold("آمال"));
        assertEquals(NameFolding.fold("فاطمه"), NameFolding.fold("فاطمة"));
        assertEquals(NameFolding.fold("مصطفي"), NameFolding.fold("مصطفى"));
        assertEquals(NameFolding.fold("لولوه"), NameFolding.fold("لؤلؤة"));
    }

    @Test
    void diacriticsAndTatweelAreDropped() {
        assertEquals("محمد", NameFolding.fold("مُحَمَّد"));
        assertEquals("محمد", NameFolding.fold("محـــمد"));
    }

    @Test
    void latinLosesCaseAndAccentsAndSpacesCollapse() {
        assertEquals("jose al-ali", NameFolding.fold("  José   AL-Ali "));
    }

    @Test
    void arabicIndicDigitsBecomeLatinDigits() {
        assertEquals("ps-104233", NameFolding.fold("PS-١٠٤٢٣٣"));
    }

    @Test
    void sameAsAnyComparesFoldedForms() {
        assertTrue(NameFolding.sameAsAny("مديرية التربية", "GOV-EDU", "مديريه التربيه"));
        assertFalse(NameFolding.sameAsAny("  ", "", " "));
    }
}
