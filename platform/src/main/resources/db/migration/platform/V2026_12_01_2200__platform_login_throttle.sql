-- Failed logins, counted per account (the username tried, whether it exists or not) and per client
-- address, so that every server on this database counts the same attempts (LoginThrottle).
-- blocked_until: no attempt for this subject is checked before this moment (a growing delay, or
-- after many failures a lock that an administrator can lift).
CREATE TABLE platform.login_throttle (
    kind            TEXT        NOT NULL CHECK (kind IN ('ACCOUNT', 'ADDRESS')),
    subject         TEXT        NOT NULL,
    failures        INTEGER     NOT NULL CHECK (failures > 0),
    last_failure_at TIMESTAMPTZ NOT NULL,
    blocked_until   TIMESTAMPTZ,
    PRIMARY KEY (kind, subject)
);

-- Failed logins per period of time and client address. Up to a limit per period each failure gets
-- its own audit row; beyond it they are only counted here, and one summary row per period goes to
-- the audit log afterwards (LoginAudit), so a flood of made-up logins cannot fill the audit log.
CREATE TABLE platform.login_failure_period (
    period_start TIMESTAMPTZ NOT NULL PRIMARY KEY,
    failures     INTEGER     NOT NULL,
    summarised   BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE TABLE platform.login_failure_unaudited (
    period_start   TIMESTAMPTZ NOT NULL REFERENCES platform.login_failure_period (period_start) ON DELETE CASCADE,
    client_address TEXT        NOT NULL,
    failures       INTEGER     NOT NULL,
    PRIMARY KEY (period_start, client_address)
);
