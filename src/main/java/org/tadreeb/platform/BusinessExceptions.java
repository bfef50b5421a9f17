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
