package org.tadreeb.people.imports;

import org.tadreeb.platform.BusinessException;

/** An import refused because rows have problems; it rolls back, so nothing of the file is saved. */
public class ImportRejectedException extends BusinessException {

    private final transient ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super("import.error.rowsHaveProblems", preview.rowsWithProblems());
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
