package org.tadreeb.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.tadreeb.people.OrganisationType;

/** Seats of a cohort reserved for people of one kind of organisation until the cohort's release date. */
@Entity
@Table(name = "cohort_quota")
public class SeatQuota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false, length = 30)
    private OrganisationType organisationType;

    @Column(nullable = false)
    private int seats;

    protected SeatQuota() {
    }

    SeatQuota(Cohort cohort, OrganisationType organisationType, int seats) {
        this.cohort = cohort;
        this.organisationType = organisationType;
        this.seats = seats;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public int getSeats() {
        return seats;
    }
}
