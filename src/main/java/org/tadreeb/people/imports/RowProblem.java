package org.tadreeb.people.imports;

import java.io.Serializable;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;

/**
 * One thing wrong with one row (or with the header row), kept as a message key so that each reader sees it in
 * their own language. The message's arguments are {0} the row, {1} the column's name, {2} the value and {3} a
 * reference (the row a duplicate first appeared in, or a length limit).
 */
public record RowProblem(int row, String serviceNumber, TraineeColumn column, String value, String messageKey,
                         int reference) implements Serializable {

    static RowProblem of(int row, String serviceNumber, TraineeColumn column, String value, String messageKey) {
        return new RowProblem(row, serviceNumber, column, value, messageKey, 0);
    }

    public String columnName(Language language) {
        return Messages.text(language, column.messageKey());
    }

    public String message(Language language) {
        return Messages.text(language, messageKey, row, columnName(language), value, reference);
    }
}
