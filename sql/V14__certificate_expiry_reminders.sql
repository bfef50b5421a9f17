-- Expiry reminders: one row per certificate and threshold (60, 30 or 7 days before it expires), made when the
-- daily round claims the reminder. The unique key is the claim: two application instances running the round at
-- once both try INSERT IGNORE, and only the one whose insert made the row queues the trainee's mail (in the same
-- transaction). digest_run names the administrators' digest that listed the row (NULL until one has): a digest
-- claims the rows still without one by an UPDATE, so that each reminder is listed in exactly one digest.

CREATE TABLE certificate_reminder (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    certificate_id  BIGINT      NOT NULL,
    threshold_days  INT         NOT NULL,
    reminded_on     DATE        NOT NULL,
    mailed          BOOLEAN     NOT NULL,
    digest_run      VARCHAR(36) NULL,
    created_at      DATETIME    NOT NULL,
    CONSTRAINT uq_certificate_reminder UNIQUE (certificate_id, threshold_days),
    CONSTRAINT fk_certificate_reminder_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    CONSTRAINT ck_certificate_reminder_threshold CHECK (threshold_days > 0)
);
CREATE INDEX ix_certificate_reminder_digest ON certificate_reminder (digest_run);
CREATE INDEX ix_certificate_expires_on ON certificate (expires_on);
