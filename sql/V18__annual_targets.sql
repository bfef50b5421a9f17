-- What the centre means to deliver in a year, set by administrators and shown against the year's figures on the
-- administrator home: trainees trained, certificates issued and training hours delivered.

CREATE TABLE annual_target (
    target_year   INT          NOT NULL,
    measure       VARCHAR(20)  NOT NULL,
    target_value  INT          NOT NULL,
    updated_at    DATETIME     NULL,
    updated_by    VARCHAR(80)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_annual_target PRIMARY KEY (target_year, measure),
    CONSTRAINT ck_annual_target_measure CHECK (measure IN ('TRAINEES', 'CERTIFICATES', 'HOURS')),
    CONSTRAINT ck_annual_target_value CHECK (target_value BETWEEN 0 AND 100000000)
);
