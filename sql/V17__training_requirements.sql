-- Annual in-service training: the hours each person must complete in a year, by their organisation's type. Zero
-- means no requirement. Administrators change the figures; the compliance view reads them.

CREATE TABLE training_requirement (
    organisation_type  VARCHAR(30)  NOT NULL PRIMARY KEY,
    annual_hours       INT          NOT NULL,
    updated_at         DATETIME     NULL,
    updated_by         VARCHAR(80)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_training_requirement_type CHECK (organisation_type IN ('POLICE_UNIT', 'GOVERNMENT_DEPARTMENT',
        'COMMUNITY_ORGANISATION', 'INTERNATIONAL_PARTNER')),
    CONSTRAINT ck_training_requirement_hours CHECK (annual_hours BETWEEN 0 AND 1000)
);

INSERT INTO training_requirement (organisation_type, annual_hours) VALUES
    ('POLICE_UNIT', 40),
    ('GOVERNMENT_DEPARTMENT', 16),
    ('COMMUNITY_ORGANISATION', 0),
    ('INTERNATIONAL_PARTNER', 0);
