-- The platform schema holds what every module shares: user accounts (and, later, the audit log).
CREATE SCHEMA IF NOT EXISTS platform;

CREATE TABLE platform.app_user (
    id              BIGSERIAL PRIMARY KEY,
    username        VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    role            VARCHAR(20)  NOT NULL CHECK (role IN ('ADMIN', 'VWS', 'GGD', 'MUNICIPALITY')),
    -- Refers to agreements.organisation; no foreign key across module schemas, the service checks it.
    organisation_id BIGINT,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT app_user_username_unique UNIQUE (username),
    CONSTRAINT app_user_username_lower CHECK (username = lower(username)),
    CONSTRAINT app_user_role_organisation CHECK ((role = 'ADMIN') = (organisation_id IS NULL))
);
