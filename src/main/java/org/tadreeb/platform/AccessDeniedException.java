package org.tadreeb.platform;

/** The caller may not see or change this record (a trainee trying another trainee's address, say). */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException() {
        super(403, "access.error.forbidden");
    }
}
