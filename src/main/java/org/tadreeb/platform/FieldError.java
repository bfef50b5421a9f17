package org.tadreeb.platform;

import java.util.List;

/** One thing wrong with one field of a form or request: the field's name and a message key with arguments. */
public record FieldError(String field, String messageKey, List<Object> arguments) {

    public FieldError(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }
}
