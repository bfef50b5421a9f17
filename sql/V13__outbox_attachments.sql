-- Files attached to an outbox message (a certificate's PDF on issue). A row stores what to attach, not the bytes:
-- the source that renders it (document_source, e.g. CERTIFICATE_PDF) and its reference (the certificate number).
-- The sender renders the file when it delivers the message, so a bulk issue of 500 certificates writes 500 short
-- rows instead of 500 PDFs, and its transactions stay short (docs/architecture.md, "Mail").

CREATE TABLE outbox_attachment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id       BIGINT        NOT NULL,
    file_name        VARCHAR(200)  NOT NULL,
    media_type       VARCHAR(100)  NOT NULL,
    document_source  VARCHAR(40)   NOT NULL,
    document_ref     VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_outbox_attachment_message FOREIGN KEY (message_id) REFERENCES outbox_message (id)
);

CREATE INDEX ix_outbox_attachment_message ON outbox_attachment (message_id);
