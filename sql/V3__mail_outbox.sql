-- The persistent mail outbox: a message is written here in the transaction that decides to send it, and a
-- background sender delivers it. Bodies are rendered when queued, so a later template change does not alter
-- mail already waiting. claimed_by/claimed_until let one instance at a time send a message.

CREATE TABLE outbox_message (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient        VARCHAR(254)  NOT NULL,
    language         VARCHAR(5)    NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    text_body        MEDIUMTEXT    NOT NULL,
    html_body        MEDIUMTEXT    NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME      NOT NULL,
    last_error       VARCHAR(1000),
    created_at       DATETIME      NOT NULL,
    sent_at          DATETIME      NULL,
    claimed_by       VARCHAR(100)  NULL,
    claimed_until    DATETIME      NULL,
    CONSTRAINT ck_outbox_message_status CHECK (status IN ('PENDING', 'FAILING', 'SENT')),
    CONSTRAINT ck_outbox_message_language CHECK (language IN ('ar', 'en'))
);

CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_message_created ON outbox_message (created_at);
