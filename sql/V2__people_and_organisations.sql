-- People: managed lists (governorates, ranks), organisations, the full person record, instructor
-- qualifications and partner coordinators. A person's language and active flag move from the account to the
-- person, so that someone imported without an account already has them.

CREATE TABLE governorate (
    code        VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_ar     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0
);

CREATE TABLE police_rank (
    code        VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_ar     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0
);

CREATE TABLE organisation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(30)  NOT NULL,
    name_ar           VARCHAR(200) NOT NULL,
    name_en           VARCHAR(200) NOT NULL,
    org_type          VARCHAR(30)  NOT NULL,
    governorate_code  VARCHAR(20),
    contact_name      VARCHAR(200),
    contact_phone     VARCHAR(40),
    contact_email     VARCHAR(254),
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_organisation_code UNIQUE (code),
    CONSTRAINT fk_organisation_governorate FOREIGN KEY (governorate_code) REFERENCES governorate (code),
    CONSTRAINT ck_organisation_type CHECK (org_type IN ('POLICE_UNIT', 'GOVERNMENT_DEPARTMENT', 'COMMUNITY_ORGANISATION', 'INTERNATIONAL_PARTNER'))
);

ALTER TABLE person ADD COLUMN rank_code VARCHAR(20);
ALTER TABLE person ADD COLUMN organisation_id BIGINT;
ALTER TABLE person ADD COLUMN unit VARCHAR(200);
ALTER TABLE person ADD COLUMN governorate_code VARCHAR(20);
ALTER TABLE person ADD COLUMN gender VARCHAR(10);
ALTER TABLE person ADD COLUMN preferred_language VARCHAR(5) NOT NULL DEFAULT 'ar';
ALTER TABLE person ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
-- Names and number folded for search (Arabic letter variants and diacritics, Latin case and accents).
ALTER TABLE person ADD COLUMN search_text VARCHAR(700) NOT NULL DEFAULT '';
ALTER TABLE person ADD CONSTRAINT fk_person_rank FOREIGN KEY (rank_code) REFERENCES police_rank (code);
ALTER TABLE person ADD CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
ALTER TABLE person ADD CONSTRAINT fk_person_governorate FOREIGN KEY (governorate_code) REFERENCES governorate (code);
ALTER TABLE person ADD CONSTRAINT ck_person_gender CHECK (gender IN ('FEMALE', 'MALE'));
ALTER TABLE person ADD CONSTRAINT ck_person_language CHECK (preferred_language IN ('ar', 'en'));
ALTER TABLE person ADD CONSTRAINT uq_person_email UNIQUE (email);
CREATE INDEX ix_person_organisation ON person (organisation_id);
CREATE INDEX ix_person_governorate ON person (governorate_code);
CREATE INDEX ix_person_name_en ON person (name_en);

UPDATE person SET preferred_language = (SELECT a.preferred_language FROM account a WHERE a.person_id = person.id)
    WHERE id IN (SELECT person_id FROM account);
UPDATE person SET active = (SELECT a.active FROM account a WHERE a.person_id = person.id)
    WHERE id IN (SELECT person_id FROM account);
UPDATE person SET search_text = LOWER(CONCAT(name_ar, ' ', name_en, ' ', service_number));

ALTER TABLE account DROP CONSTRAINT ck_account_language;
ALTER TABLE account DROP COLUMN preferred_language;
ALTER TABLE account DROP COLUMN active;

-- A partner coordinator sees and nominates the people of one organisation only.
ALTER TABLE account ADD COLUMN coordinator_of BIGINT;
ALTER TABLE account ADD CONSTRAINT fk_account_coordinator_of FOREIGN KEY (coordinator_of) REFERENCES organisation (id);

CREATE TABLE instructor_qualification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT NOT NULL,
    course_id    BIGINT NOT NULL,
    expires_on   DATE,
    CONSTRAINT uq_instructor_qualification UNIQUE (person_id, course_id),
    CONSTRAINT fk_qualification_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_qualification_course FOREIGN KEY (course_id) REFERENCES course (id)
);
