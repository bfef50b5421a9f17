package org.tadreeb.platform;

/** Finds the business rule behind an exception that a container wrapped (a transaction, EJB or CDI layer). */
public final class BusinessExceptions {

    private BusinessExceptions() {
    }

    public static BusinessException find(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return business;
            }
        }
        return null;
    }

    /**
     * The HTTP status a servlet answers for a refused request: the broken rule's own (403, 404, 422...). A failure
     * with no rule inside is a fault of ours and is thrown again, for the error page.
     */
    public static int httpStatusOf(RuntimeException refused) {
        BusinessException rule = find(refused);
        if (rule == null) {
            throw refused;
        }
        return rule.httpStatus();
    }

    /** Whether the failure is unreadable input (malformed JSON and the like) rather than a fault of ours. */
    public static boolean isMalformedInput(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.startsWith("jakarta.json.") || name.contains("Jsonb") || name.contains("JsonParsing")) {
                return true;
            }
        }
        return false;
    }
}
