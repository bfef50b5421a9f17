-- Foundation schema: people and their accounts, the first shape of courses, cohorts, meetings and
-- enrolments (later migrations extend them), API tokens and the audit trail.
-- Portable between H2 (MODE=MySQL) and MySQL 8 / MariaDB: see docs/architecture.md before editing.

CREATE TABLE person (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    service_number  VARCHAR(40)  NOT NULL,
    name_ar         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    email           VARCHAR(254),
    phone           VARCHAR(40),
    created_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_person_service_number UNIQUE (service_number)
);

CREATE TABLE account (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id           BIGINT       NOT NULL,
    username            VARCHAR(80)  NOT NULL,
    password_hash       VARCHAR(300),
    preferred_language  VARCHAR(5)   NOT NULL DEFAULT 'ar',
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins     INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME    NULL,
    last_sign_in_at     DATETIME    NULL,
    created_at          DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT uq_account_person UNIQUE (person_id),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_account_language CHECK (preferred_language IN ('ar', 'en'))
);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(30) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_account_role CHECK (role IN ('TRAINEE', 'INSTRUCTOR', 'ADMINISTRATOR', 'COORDINATOR'))
);

CREATE TABLE api_token (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT      NOT NULL,
    token_hash    VARCHAR(64) NOT NULL,
    created_at    DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at    DATETIME    NOT NULL,
    revoked_at    DATETIME   NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE course (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(20)   NOT NULL,
    title_ar        VARCHAR(200)  NOT NULL,
    title_en        VARCHAR(200)  NOT NULL,
    summary_ar      VARCHAR(2000),
    summary_en      VARCHAR(2000),
    contact_hours   INT           NOT NULL,
    archived        BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_course_code UNIQUE (code),
    CONSTRAINT ck_course_hours CHECK (contact_hours > 0)
);

CREATE TABLE cohort (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(30)  NOT NULL,
    course_id   BIGINT       NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    venue_ar    VARCHAR(200),
    venue_en    VARCHAR(200),
    seat_limit  INT          NOT NULL,
    status      VARCHAR(20)  NOT NULL DEFAULT 'PLANNED',
    created_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_cohort_code UNIQUE (code),
    CONSTRAINT fk_cohort_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_cohort_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_cohort_seats CHECK (seat_limit > 0),
    CONSTRAINT ck_cohort_status CHECK (status IN ('PLANNED', 'OPEN', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'))
);
CREATE INDEX ix_cohort_starts_on ON cohort (starts_on);

CREATE TABLE cohort_instructor (
    cohort_id   BIGINT NOT NULL,
    account_id  BIGINT NOT NULL,
    CONSTRAINT pk_cohort_instructor PRIMARY KEY (cohort_id, account_id),
    CONSTRAINT fk_cohort_instructor_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_instructor_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE meeting (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT       NOT NULL,
    starts_at   DATETIME     NOT NULL,
    ends_at     DATETIME     NOT NULL,
    topic_ar    VARCHAR(200),
    topic_en    VARCHAR(200),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT ck_meeting_times CHECK (ends_at > starts_at)
);
CREATE INDEX ix_meeting_cohort_starts ON meeting (cohort_id, starts_at);

CREATE TABLE enrolment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id     BIGINT       NOT NULL,
    person_id     BIGINT       NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    requested_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_enrolment_cohort_person UNIQUE (cohort_id, person_id),
    CONSTRAINT fk_enrolment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_enrolment_status CHECK (status IN ('REQUESTED', 'ENROLLED', 'WAITLISTED', 'DECLINED', 'WITHDRAWN', 'COMPLETED', 'FAILED'))
);
CREATE INDEX ix_enrolment_person ON enrolment (person_id);

CREATE TABLE audit_record (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    actor        VARCHAR(80)   NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    entity_type  VARCHAR(60)   NOT NULL,
    entity_id    VARCHAR(60),
    before_state VARCHAR(4000),
    after_state  VARCHAR(4000)
);
CREATE INDEX ix_audit_entity ON audit_record (entity_type, entity_id);
CREATE INDEX ix_audit_occurred ON audit_record (occurred_at);
