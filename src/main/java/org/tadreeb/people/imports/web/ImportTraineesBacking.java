package org.tadreeb.people.imports.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tadreeb.people.imports.ColumnMapping;
import org.tadreeb.people.imports.ImportPreview;
import org.tadreeb.people.imports.ImportRejectedException;
import org.tadreeb.people.imports.ImportReport;
import org.tadreeb.people.imports.ImportResult;
import org.tadreeb.people.imports.RowProblem;
import org.tadreeb.people.imports.Table;
import org.tadreeb.people.imports.TraineeColumn;
import org.tadreeb.people.imports.TraineeImport;
import org.tadreeb.platform.i18n.CurrentLanguage;

/**
 * Backs {@code /admin/people/import.xhtml}: upload, column mapping, preview, confirm, result. The file's rows
 * stay in this view's state (not the session's), and confirming a second time never imports twice.
 */
@Named
@ViewScoped
public class ImportTraineesBacking implements Serializable {

    private static final int NOT_IN_FILE = -1;

    @Inject
    TraineeImport imports;

    @Inject
    CurrentLanguage language;

    private transient Part file;
    private Table table;
    private final Map<TraineeColumn, Integer> mapping = new EnumMap<>(TraineeColumn.class);
    private ImportPreview preview;
    private ImportResult result;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            error("import.fileRequired");
            return;
        }
        preview = null;
        table = null;
        try (InputStream content = file.getInputStream()) {
            table = imports.read(content, file.getSubmittedFileName(), file.getContentType());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        mapping.clear();
        for (TraineeColumn column : TraineeColumn.values()) {
            mapping.put(column, NOT_IN_FILE);
        }
        mapping.putAll(ColumnMapping.guess(table.headers()).asMap());
        check();
    }

    public void check() {
        if (table != null && result == null) {
            preview = imports.preview(table, ColumnMapping.of(mapping));
        }
    }

    /** Synchronised with the view's own state: a double click waits for the first import and then finds it done. */
    /** Whether new people with an e-mail address also get a trainee account and an invitation. */
    private boolean invite;

    public boolean isInvite() {
        return invite;
    }

    public void setInvite(boolean invite) {
        this.invite = invite;
    }

    public synchronized void confirm() {
        if (result != null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    language.text("import.alreadyImported"), null));
            return;
        }
        if (table == null || preview == null || !preview.canImport()) {
            return;
        }
        try {
            result = imports.importAll(table, ColumnMapping.of(mapping), invite);
            table = null;
            preview = null;
        } catch (ImportRejectedException rejected) {
            // Not the handler: a rejected import shows its rows' problems in the preview instead of a message.
            preview = rejected.preview();
        }
    }

    public StreamedContent getCheckReport() {
        return download(ImportReport.of(preview, language.get()), "check");
    }

    public StreamedContent getResultReport() {
        return download(ImportReport.of(result, language.get()), "result");
    }

    public String message(RowProblem problem) {
        return problem.message(language.get());
    }

    public String columnName(RowProblem problem) {
        return problem.columnName(language.get());
    }

    public List<TraineeColumn> getColumns() {
        return List.of(TraineeColumn.values());
    }

    public List<SelectItem> getHeaderChoices() {
        List<SelectItem> choices = new ArrayList<>();
        choices.add(new SelectItem(NOT_IN_FILE, language.text("import.mapping.notInFile")));
        List<String> headers = table == null ? List.of() : table.headers();
        for (int index = 0; index < headers.size(); index++) {
            choices.add(new SelectItem(index, headers.get(index)));
        }
        return choices;
    }

    public double getMaxMegabytes() {
        return imports.maxBytes() / (1024.0 * 1024.0);
    }

    public int getMaxRows() {
        return imports.maxRows();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Table getTable() {
        return table;
    }

    public Map<TraineeColumn, Integer> getMapping() {
        return mapping;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportResult getResult() {
        return result;
    }

    private static StreamedContent download(byte[] report, String kind) {
        return DefaultStreamedContent.builder()
                .name("trainee-import-" + kind + ".csv")
                .contentType(ImportReport.MEDIA_TYPE)
                .contentLength((long) report.length)
                .stream(() -> new ByteArrayInputStream(report))
                .build();
    }

    private void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, language.text(key, arguments), null));
    }
}
