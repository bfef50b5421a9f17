-- Evaluation surveys: versioned question sets, a survey per completed cohort, an invitation per finished enrolment,
-- and the answers. Anonymity by design: a response holds no link to the trainee or the enrolment unless its survey
-- is named, no time of any kind, and a random key (not an increasing id); "this enrolment has responded" lives in
-- evaluation_participation, which holds no answers and no time (docs/architecture.md, "Evaluation surveys").

CREATE TABLE evaluation_form (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_number  INT          NOT NULL,
    created_at      DATETIME     NOT NULL,
    created_by      VARCHAR(80)  NOT NULL,
    CONSTRAINT uq_evaluation_form_version UNIQUE (version_number),
    CONSTRAINT ck_evaluation_form_version CHECK (version_number > 0)
);

CREATE TABLE evaluation_question (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    form_id     BIGINT       NOT NULL,
    sort_order  INT          NOT NULL,
    topic       VARCHAR(20)  NOT NULL,
    text_ar     VARCHAR(300) NOT NULL,
    text_en     VARCHAR(300) NOT NULL,
    CONSTRAINT uq_evaluation_question_order UNIQUE (form_id, sort_order),
    CONSTRAINT fk_evaluation_question_form FOREIGN KEY (form_id) REFERENCES evaluation_form (id),
    CONSTRAINT ck_evaluation_question_topic CHECK (topic IN ('CONTENT', 'INSTRUCTORS', 'VENUE', 'USEFULNESS'))
);

CREATE TABLE evaluation_course_setting (
    course_id   BIGINT  NOT NULL PRIMARY KEY,
    anonymous   BOOLEAN NOT NULL,
    CONSTRAINT fk_evaluation_setting_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE evaluation_survey (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT  NOT NULL,
    form_id     BIGINT  NOT NULL,
    anonymous   BOOLEAN NOT NULL,
    opened_on   DATE    NOT NULL,
    CONSTRAINT uq_evaluation_survey_cohort UNIQUE (cohort_id),
    CONSTRAINT fk_evaluation_survey_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_evaluation_survey_form FOREIGN KEY (form_id) REFERENCES evaluation_form (id)
);
CREATE INDEX ix_evaluation_survey_form ON evaluation_survey (form_id);

CREATE TABLE evaluation_invitation (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    survey_id     BIGINT NOT NULL,
    enrolment_id  BIGINT NOT NULL,
    CONSTRAINT uq_evaluation_invitation_enrolment UNIQUE (enrolment_id),
    CONSTRAINT fk_evaluation_invitation_survey FOREIGN KEY (survey_id) REFERENCES evaluation_survey (id),
    CONSTRAINT fk_evaluation_invitation_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);
CREATE INDEX ix_evaluation_invitation_survey ON evaluation_invitation (survey_id);

-- One row per invitation answered, and nothing else: its primary key is the "one response per enrolment" rule.
CREATE TABLE evaluation_participation (
    invitation_id  BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_evaluation_participation_invitation FOREIGN KEY (invitation_id) REFERENCES evaluation_invitation (id)
);

CREATE TABLE evaluation_response (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    survey_id     BIGINT        NOT NULL,
    form_id       BIGINT        NOT NULL,
    enrolment_id  BIGINT        NULL,
    comment_text  VARCHAR(1000) NULL,
    CONSTRAINT uq_evaluation_response_enrolment UNIQUE (enrolment_id),
    CONSTRAINT fk_evaluation_response_survey FOREIGN KEY (survey_id) REFERENCES evaluation_survey (id),
    CONSTRAINT fk_evaluation_response_form FOREIGN KEY (form_id) REFERENCES evaluation_form (id),
    CONSTRAINT fk_evaluation_response_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);
CREATE INDEX ix_evaluation_response_survey ON evaluation_response (survey_id);
CREATE INDEX ix_evaluation_response_form ON evaluation_response (form_id);

CREATE TABLE evaluation_answer (
    response_id  VARCHAR(36) NOT NULL,
    question_id  BIGINT      NOT NULL,
    score        INT         NOT NULL,
    CONSTRAINT pk_evaluation_answer PRIMARY KEY (response_id, question_id),
    CONSTRAINT fk_evaluation_answer_response FOREIGN KEY (response_id) REFERENCES evaluation_response (id),
    CONSTRAINT fk_evaluation_answer_question FOREIGN KEY (question_id) REFERENCES evaluation_question (id),
    CONSTRAINT ck_evaluation_answer_score CHECK (score BETWEEN 1 AND 5)
);
CREATE INDEX ix_evaluation_answer_question ON evaluation_answer (question_id);
