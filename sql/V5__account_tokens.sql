-- Single-use links that let a person choose a password: the invitation of a new account and the reset of a
-- forgotten password. Only the SHA-256 of the token is stored.

CREATE TABLE account_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at  DATETIME    NOT NULL,
    used_at     DATETIME    NULL,
    CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET'))
);
CREATE INDEX ix_account_token_account ON account_token (account_id);
