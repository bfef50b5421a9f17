package org.tadreeb.certificates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last serial handed out in a year. Issuing locks this row ({@code SELECT ... FOR UPDATE}) in the issuing
 * transaction, so numbers never collide between administrators or instances, and a rolled-back issue gives its
 * number back.
 */
@Entity
@Table(name = "certificate_counter")
public class CertificateCounter {

    @Id
    @Column(name = "issue_year")
    private int year;

    @Column(name = "last_serial", nullable = false)
    private int lastSerial;

    protected CertificateCounter() {
    }

    public CertificateCounter(int year) {
        this.year = year;
    }

    int next() {
        return ++lastSerial;
    }

    public int getYear() {
        return year;
    }

    public int getLastSerial() {
        return lastSerial;
    }
}
