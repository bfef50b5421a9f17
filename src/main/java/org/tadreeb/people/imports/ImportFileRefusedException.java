package org.tadreeb.people.imports;

import org.tadreeb.platform.BusinessException;

/** A file refused as a whole before any row is looked at: too large, not what it claims to be, or malformed. */
public class ImportFileRefusedException extends BusinessException {

    private ImportFileRefusedException(int httpStatus, String messageKey, Object... arguments) {
        super(httpStatus, messageKey, arguments);
    }

    static ImportFileRefusedException tooLarge(long maxBytes) {
        return new ImportFileRefusedException(413, "import.error.tooLarge", maxBytes / (1024.0 * 1024.0));
    }

    static ImportFileRefusedException tooManyRows(int maxRows) {
        return new ImportFileRefusedException(413, "import.error.tooManyRows", maxRows);
    }

    static ImportFileRefusedException unsupportedType() {
        return new ImportFileRefusedException(415, "import.error.unsupportedType");
    }

    static ImportFileRefusedException notXlsx() {
        return new ImportFileRefusedException(415, "import.error.notXlsx");
    }

    static ImportFileRefusedException notCsv() {
        return new ImportFileRefusedException(415, "import.error.notCsv");
    }

    static ImportFileRefusedException unreadableXlsx() {
        return new ImportFileRefusedException(400, "import.error.unreadableXlsx");
    }

    static ImportFileRefusedException malformedCsv() {
        return new ImportFileRefusedException(400, "import.error.malformedCsv");
    }

    static ImportFileRefusedException noHeader() {
        return new ImportFileRefusedException(400, "import.error.noHeader");
    }

    static ImportFileRefusedException noRows() {
        return new ImportFileRefusedException(400, "import.error.noRows");
    }
}
