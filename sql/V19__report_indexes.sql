-- The training report counts certificates by the day they were issued.

CREATE INDEX ix_certificate_issued_on ON certificate (issued_on);
