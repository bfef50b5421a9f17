package org.tadreeb.people;

import org.tadreeb.platform.BusinessException;

public class UnknownAccountException extends BusinessException {

    public UnknownAccountException(String username) {
        super(404, "account.error.unknown", username);
    }
}
