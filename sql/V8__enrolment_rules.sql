-- Enrolment: arrival order for requests and the waiting list, the seat pool an enrolment holds or waits for (a
-- partner quota by organisation type, or the general pool), decisions with their reason, and who asked. Cohorts
-- get seat quotas by organisation type with the date their unused seats are released, whether partners may
-- nominate, and when the "starts tomorrow" reminder went out.

ALTER TABLE enrolment ADD COLUMN queued_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE enrolment ADD COLUMN decided_at DATETIME NULL;
ALTER TABLE enrolment ADD COLUMN seat_pool VARCHAR(30) NOT NULL DEFAULT 'GENERAL';
ALTER TABLE enrolment ADD COLUMN reason VARCHAR(500) NULL;
ALTER TABLE enrolment ADD COLUMN requested_by VARCHAR(80) NULL;
UPDATE enrolment SET queued_at = requested_at;
CREATE INDEX ix_enrolment_cohort_status ON enrolment (cohort_id, status, queued_at);

CREATE TABLE cohort_quota (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id          BIGINT      NOT NULL,
    organisation_type  VARCHAR(30) NOT NULL,
    seats              INT         NOT NULL,
    CONSTRAINT uq_cohort_quota UNIQUE (cohort_id, organisation_type),
    CONSTRAINT fk_cohort_quota_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT ck_cohort_quota_seats CHECK (seats > 0),
    CONSTRAINT ck_cohort_quota_type CHECK (organisation_type IN ('POLICE_UNIT', 'GOVERNMENT_DEPARTMENT', 'COMMUNITY_ORGANISATION', 'INTERNATIONAL_PARTNER'))
);

ALTER TABLE cohort ADD COLUMN quotas_release_on DATE NULL;
ALTER TABLE cohort ADD COLUMN open_to_nominations BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE cohort ADD COLUMN reminded_at DATETIME NULL;
