package org.tadreeb.platform;

import java.util.List;

/**
 * A rule of the centre that a request broke. It rolls back the transaction and carries a message key
 * (with arguments) that the pages and the API turn into the caller's language, each in one place.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;
    private final int httpStatus;

    public BusinessException(String messageKey, Object... arguments) {
        this(422, messageKey, arguments);
    }

    protected BusinessException(int httpStatus, String messageKey, Object... arguments) {
        super(messageKey);
        this.httpStatus = httpStatus;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** The HTTP status the API answers with: 422 unless the subtype says otherwise. */
    public int httpStatus() {
        return httpStatus;
    }
}
