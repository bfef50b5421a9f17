package org.tadreeb.platform;

import java.util.List;

/**
 * Input that breaks one or more rules, field by field. Pages show each message beside its field; the API lists
 * them in the problem's {@code errors}.
 */
public class InvalidInputException extends BusinessException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(422, "input.error.invalid", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
