package org.tadreeb.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether this instance has brought the database schema up to date since it started. */
@ApplicationScoped
public class SchemaState {

    private volatile boolean ready;

    public boolean isReady() {
        return ready;
    }

    void markReady() {
        ready = true;
    }
}
