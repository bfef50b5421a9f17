package org.tadreeb.people;

import org.tadreeb.platform.BusinessException;

public class PersonNotFoundException extends BusinessException {

    public PersonNotFoundException(String serviceNumber) {
        super(404, "person.error.notFound", serviceNumber);
    }
}
