package org.tadreeb.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;
import org.tadreeb.cohort.CohortCode;
import org.tadreeb.cohort.VenueCode;
import org.tadreeb.course.CourseCode;
import org.tadreeb.people.ServiceNumber;

/** Codes normalise once, whatever path they come by; the API reads path and query parameters through them. */
class CodeParametersTest {

    @Test
    void aCodeIsTheSameCodeWithoutSpacesAndInUpperCase() {
        assertEquals(CohortCode.of("CP101-A"), CohortCode.of("  cp101-a\t"));
        assertEquals("CP101", CourseCode.of(" cp101 ").value());
        assertEquals("AMM-HQ", VenueCode.of("amm-hq").toString());
        assertTrue(CohortCode.of(null).isEmpty(), "nothing typed is the empty code, which finds nothing");
    }

    @Test
    void theFormatDecidesWhetherACodeMayNameSomethingNew() {
        assertTrue(CohortCode.of("cp101-a").isWellFormed());
        assertFalse(CohortCode.of("1CP").isWellFormed(), "starts with a letter");
        assertFalse(CourseCode.of("C").isWellFormed(), "two characters at least");
        assertFalse(CourseCode.of("CP101/A").isWellFormed());
        assertTrue(CourseCode.of("A".repeat(CourseCode.MAX_LENGTH)).isWellFormed());
        assertFalse(CourseCode.of("A".repeat(CourseCode.MAX_LENGTH + 1)).isWellFormed(), "at most the column's length");
        assertTrue(CohortCode.of("A".repeat(CohortCode.MAX_LENGTH)).isWellFormed());
        assertFalse(VenueCode.of("A".repeat(VenueCode.MAX_LENGTH + 1)).isWellFormed());
    }

    @Test
    void aServiceNumberFoldsDigitsAndDropsSpaces() {
        assertEquals("PS-104233", ServiceNumber.of(" ps-104 233 ").value());
        assertEquals(ServiceNumber.of("PS-104233"), ServiceNumber.of("ps-١٠٤٢٣٣"));
        assertThrows(IllegalArgumentException.class, () -> ServiceNumber.of("  "));
    }

    @Test
    void pathAndQueryParametersTypedAsACodeAreReadThroughIt() {
        CodeParameters provider = new CodeParameters();
        ParamConverter<CohortCode> cohort = provider.getConverter(CohortCode.class, CohortCode.class, new Annotation[0]);
        assertEquals(CohortCode.of("CP101-A"), cohort.fromString(" cp101-a "));
        assertEquals("CP101-A", cohort.toString(CohortCode.of("cp101-a")));
        assertEquals(CourseCode.of("CP101"),
                provider.getConverter(CourseCode.class, CourseCode.class, new Annotation[0]).fromString("cp101"));
        assertNull(provider.getConverter(String.class, String.class, new Annotation[0]), "other types are not codes");
    }
}
