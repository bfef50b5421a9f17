-- Cohort planning: training venues as a managed list (governorate, room capacity), the cohort's venue,
-- enrolment window, approval flag and cancellation, and meetings that can be cancelled one by one.
-- The free-text venue of earlier cohorts becomes one venue per distinct name (governorate not recorded).

CREATE TABLE venue (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(20)  NOT NULL,
    name_ar           VARCHAR(200) NOT NULL,
    name_en           VARCHAR(200) NOT NULL,
    governorate_code  VARCHAR(20),
    capacity          INT          NOT NULL,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_venue_code UNIQUE (code),
    CONSTRAINT fk_venue_governorate FOREIGN KEY (governorate_code) REFERENCES governorate (code),
    CONSTRAINT ck_venue_capacity CHECK (capacity > 0)
);
CREATE INDEX ix_venue_governorate ON venue (governorate_code);

INSERT INTO venue (code, name_ar, name_en, capacity)
    SELECT CONCAT('V', MIN(id)), venue_ar, venue_en, MAX(seat_limit) FROM cohort
    WHERE venue_ar IS NOT NULL AND venue_en IS NOT NULL
    GROUP BY venue_ar, venue_en;

ALTER TABLE cohort ADD COLUMN venue_id BIGINT NULL;
UPDATE cohort SET venue_id = (SELECT v.id FROM venue v WHERE v.name_ar = cohort.venue_ar AND v.name_en = cohort.venue_en);
ALTER TABLE cohort DROP COLUMN venue_ar;
ALTER TABLE cohort DROP COLUMN venue_en;
ALTER TABLE cohort ADD CONSTRAINT fk_cohort_venue FOREIGN KEY (venue_id) REFERENCES venue (id);

ALTER TABLE cohort ADD COLUMN enrolment_opens_on DATE NULL;
ALTER TABLE cohort ADD COLUMN enrolment_closes_on DATE NULL;
ALTER TABLE cohort ADD COLUMN needs_approval BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE cohort ADD COLUMN cancel_reason VARCHAR(500) NULL;
ALTER TABLE cohort ADD COLUMN cancelled_at DATETIME NULL;
ALTER TABLE cohort ADD CONSTRAINT ck_cohort_window CHECK (enrolment_closes_on IS NULL OR enrolment_opens_on IS NULL
    OR enrolment_closes_on >= enrolment_opens_on);
CREATE INDEX ix_cohort_status_starts ON cohort (status, starts_on);

ALTER TABLE meeting ADD COLUMN cancelled BOOLEAN NOT NULL DEFAULT FALSE;
-- Clash checks look for meetings overlapping a time range across all cohorts.
CREATE INDEX ix_meeting_starts ON meeting (starts_at);
CREATE INDEX ix_cohort_instructor_account ON cohort_instructor (account_id);
