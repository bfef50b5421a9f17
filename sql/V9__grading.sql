-- Grading: attendance per meeting and trainee, scores per assessment component and trainee, how a course counts
-- excused absences, and when a cohort's results were published (and by whom).

ALTER TABLE course ADD COLUMN excused_absences VARCHAR(20) NOT NULL DEFAULT 'LEFT_OUT';
ALTER TABLE course ADD CONSTRAINT ck_course_excused CHECK (excused_absences IN ('LEFT_OUT', 'AS_ATTENDED', 'AS_MISSED'));

CREATE TABLE attendance (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id    BIGINT       NOT NULL,
    enrolment_id  BIGINT       NOT NULL,
    mark          VARCHAR(10)  NOT NULL,
    note          VARCHAR(500) NULL,
    recorded_by   VARCHAR(80)  NOT NULL,
    recorded_at   DATETIME     NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_attendance_meeting_enrolment UNIQUE (meeting_id, enrolment_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT ck_attendance_mark CHECK (mark IN ('PRESENT', 'LATE', 'ABSENT', 'EXCUSED'))
);
CREATE INDEX ix_attendance_enrolment ON attendance (enrolment_id);

CREATE TABLE score (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id  BIGINT        NOT NULL,
    component_id  BIGINT        NOT NULL,
    points        DECIMAL(7, 2) NOT NULL,
    recorded_by   VARCHAR(80)   NOT NULL,
    recorded_at   DATETIME      NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_score_enrolment_component UNIQUE (enrolment_id, component_id),
    CONSTRAINT fk_score_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_score_component FOREIGN KEY (component_id) REFERENCES assessment_component (id),
    CONSTRAINT ck_score_points CHECK (points >= 0)
);
CREATE INDEX ix_score_component ON score (component_id);

ALTER TABLE cohort ADD COLUMN results_published_at DATETIME NULL;
ALTER TABLE cohort ADD COLUMN results_published_by VARCHAR(80) NULL;
