package org.tadreeb.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.List;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;

/** The in-service training hours each person of one organisation type must complete in a year (zero: none). */
@Entity
@Table(name = "training_requirement")
public class TrainingRequirement {

    public static final int MAX_HOURS = 1000;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type")
    private OrganisationType organisationType;

    @Column(name = "annual_hours", nullable = false)
    private int annualHours;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected TrainingRequirement() {
    }

    public TrainingRequirement(OrganisationType organisationType, int annualHours) {
        this.organisationType = organisationType;
        this.annualHours = checked(organisationType, annualHours);
    }

    public void change(int hours, String actor, LocalDateTime now) {
        annualHours = checked(organisationType, hours);
        updatedBy = actor;
        updatedAt = now;
    }

    private static int checked(OrganisationType type, int hours) {
        if (hours < 0 || hours > MAX_HOURS) {
            throw new InvalidInputException(List.of(new FieldError("hours-" + type.name(),
                    "compliance.error.hours", MAX_HOURS)));
        }
        return hours;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public int getAnnualHours() {
        return annualHours;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
