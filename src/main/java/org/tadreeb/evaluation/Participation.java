package org.tadreeb.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * That an invitation has been answered — and nothing else: no answers, no time. Its key is the invitation's id, so
 * the database itself refuses a second response to one enrolment.
 */
@Entity
@Table(name = "evaluation_participation")
public class Participation {

    @Id
    @Column(name = "invitation_id")
    private Long invitationId;

    protected Participation() {
    }

    Participation(Long invitationId) {
        this.invitationId = invitationId;
    }

    public Long getInvitationId() {
        return invitationId;
    }
}
