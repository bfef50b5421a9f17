-- The catalogue: course categories (a managed list), the new course fields (objectives, category, delivery
-- mode, attendance, certificate validity, default seats, pass mark, folded search text), the assessment
-- scheme's components and prerequisites. New course columns have defaults so existing rows stay valid.

CREATE TABLE course_category (
    code        VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_ar     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0
);

INSERT INTO course_category (code, name_ar, name_en, sort_order) VALUES
    ('FUND', 'أساسيات الشرطة المجتمعية', 'Community-policing fundamentals', 1),
    ('PROB', 'حل المشكلات', 'Problem solving', 2),
    ('COMM', 'التواصل والوساطة', 'Communication and mediation', 3),
    ('YOUTH', 'الشباب والمدارس', 'Youth and schools', 4),
    ('GENDER', 'الشرطة المراعية للنوع الاجتماعي', 'Gender-responsive policing', 5),
    ('PREV', 'شراكات منع الجريمة', 'Crime prevention partnerships', 6),
    ('LEAD', 'القيادة', 'Leadership', 7);

-- MEDIUMTEXT, not VARCHAR(4000): MySQL/MariaDB cap a row's VARCHARs at 65,535 bytes, 4 bytes per utf8mb4 character.
ALTER TABLE course ADD COLUMN objectives_ar MEDIUMTEXT;
ALTER TABLE course ADD COLUMN objectives_en MEDIUMTEXT;
ALTER TABLE course ADD COLUMN category_code VARCHAR(20);
ALTER TABLE course ADD COLUMN delivery_mode VARCHAR(20) NOT NULL DEFAULT 'IN_PERSON';
ALTER TABLE course ADD COLUMN min_attendance INT NOT NULL DEFAULT 80;
ALTER TABLE course ADD COLUMN certificate_months INT NULL;
ALTER TABLE course ADD COLUMN default_seats INT NOT NULL DEFAULT 25;
ALTER TABLE course ADD COLUMN pass_mark INT NOT NULL DEFAULT 60;
-- Code, titles and summaries folded for search (Arabic letter variants and diacritics, Latin case).
ALTER TABLE course ADD COLUMN search_text VARCHAR(4500) NOT NULL DEFAULT '';
ALTER TABLE course ADD CONSTRAINT fk_course_category FOREIGN KEY (category_code) REFERENCES course_category (code);
ALTER TABLE course ADD CONSTRAINT ck_course_mode CHECK (delivery_mode IN ('IN_PERSON', 'REMOTE', 'BLENDED'));
ALTER TABLE course ADD CONSTRAINT ck_course_attendance CHECK (min_attendance BETWEEN 0 AND 100);
ALTER TABLE course ADD CONSTRAINT ck_course_certificate CHECK (certificate_months IS NULL OR certificate_months > 0);
ALTER TABLE course ADD CONSTRAINT ck_course_seats CHECK (default_seats > 0);
ALTER TABLE course ADD CONSTRAINT ck_course_pass_mark CHECK (pass_mark BETWEEN 1 AND 100);
CREATE INDEX ix_course_category ON course (category_code);
UPDATE course SET search_text = LOWER(CONCAT(code, ' ', title_ar, ' ', title_en));

CREATE TABLE assessment_component (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id   BIGINT       NOT NULL,
    sort_order  INT          NOT NULL,
    name_ar     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    max_score   INT          NOT NULL,
    weight      INT          NOT NULL,
    CONSTRAINT fk_assessment_component_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_assessment_component_score CHECK (max_score > 0),
    CONSTRAINT ck_assessment_component_weight CHECK (weight BETWEEN 1 AND 100)
);
CREATE INDEX ix_assessment_component_course ON assessment_component (course_id, sort_order);

CREATE TABLE course_prerequisite (
    course_id        BIGINT NOT NULL,
    prerequisite_id  BIGINT NOT NULL,
    CONSTRAINT pk_course_prerequisite PRIMARY KEY (course_id, prerequisite_id),
    CONSTRAINT fk_course_prerequisite_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_prerequisite_required FOREIGN KEY (prerequisite_id) REFERENCES course (id),
    CONSTRAINT ck_course_prerequisite_self CHECK (course_id <> prerequisite_id)
);
CREATE INDEX ix_course_prerequisite_required ON course_prerequisite (prerequisite_id);

-- The public catalogue looks up a course's upcoming cohorts.
CREATE INDEX ix_cohort_course_starts ON cohort (course_id, starts_on);
