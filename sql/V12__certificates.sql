-- Certificates: one live certificate per enrolment, numbered PREFIX-YYYY-NNNNNN from a per-year counter.
--
-- "One per enrolment, ever" with reissue: live_enrolment_id equals enrolment_id while the certificate is the
-- enrolment's current one, and becomes NULL when a reissue replaces it (the replacement's replaces_id points to it).
-- The unique key on live_enrolment_id therefore allows exactly one current certificate per enrolment (NULLs do not
-- collide on H2 or MariaDB), and the unique key on replaces_id lets a certificate be replaced only once.

CREATE TABLE certificate_counter (
    issue_year   INT NOT NULL PRIMARY KEY,
    last_serial  INT NOT NULL,
    CONSTRAINT ck_certificate_counter_serial CHECK (last_serial >= 0)
);

CREATE TABLE certificate (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    certificate_number  VARCHAR(40)  NOT NULL,
    verification_code   VARCHAR(32)  NOT NULL,
    enrolment_id        BIGINT       NOT NULL,
    live_enrolment_id   BIGINT       NULL,
    replaces_id         BIGINT       NULL,
    issued_on           DATE         NOT NULL,
    expires_on          DATE         NULL,
    signatory_name_ar   VARCHAR(200) NOT NULL,
    signatory_name_en   VARCHAR(200) NOT NULL,
    signatory_title_ar  VARCHAR(200) NOT NULL,
    signatory_title_en  VARCHAR(200) NOT NULL,
    status              VARCHAR(10)  NOT NULL,
    issued_at           DATETIME     NOT NULL,
    issued_by           VARCHAR(80)  NOT NULL,
    revoked_at          DATETIME     NULL,
    revoked_by          VARCHAR(80)  NULL,
    revoke_reason       VARCHAR(500) NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_certificate_number UNIQUE (certificate_number),
    CONSTRAINT uq_certificate_live_enrolment UNIQUE (live_enrolment_id),
    CONSTRAINT uq_certificate_replaces UNIQUE (replaces_id),
    CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_certificate_live_enrolment FOREIGN KEY (live_enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_certificate_replaces FOREIGN KEY (replaces_id) REFERENCES certificate (id),
    CONSTRAINT ck_certificate_status CHECK (status IN ('VALID', 'REVOKED')),
    CONSTRAINT ck_certificate_live CHECK (live_enrolment_id IS NULL OR live_enrolment_id = enrolment_id),
    CONSTRAINT ck_certificate_revoked CHECK (status = 'VALID' OR revoked_at IS NOT NULL)
);
CREATE INDEX ix_certificate_enrolment ON certificate (enrolment_id);
