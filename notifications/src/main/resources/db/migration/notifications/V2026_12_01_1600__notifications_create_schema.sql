-- The notifications schema: what each user is told in the product and by e-mail, the outbox the
-- mails wait in, the reminders already made, and the dates VWS adds to everyone's calendar.
-- user_id and organisation_id refer to platform.app_user and agreements.organisation; there are
-- no foreign keys across module schemas, the services check them.
CREATE SCHEMA IF NOT EXISTS notifications;

-- How a user wants to hear from us. A row is made the first time it is needed.
CREATE TABLE notifications.recipient (
    user_id           BIGINT PRIMARY KEY,
    email             VARCHAR(254),
    -- IMMEDIATE: a mail per notification; DIGEST: one mail a week; OFF: no mail at all.
    delivery          VARCHAR(10)  NOT NULL DEFAULT 'IMMEDIATE' CHECK (delivery IN ('IMMEDIATE', 'DIGEST', 'OFF')),
    -- Secret of the link in every mail that switches mail off, without logging in.
    unsubscribe_token VARCHAR(64)  NOT NULL UNIQUE,
    -- Secret of the calendar feed link; renewing it makes the old link stop working.
    feed_token        VARCHAR(64)  UNIQUE,
    version           BIGINT       NOT NULL DEFAULT 0,
    updated_at        TIMESTAMPTZ  NOT NULL
);

-- What needs a user, in the product: unread until read.
CREATE TABLE notifications.notification (
    id              BIGSERIAL PRIMARY KEY,
    user_id         BIGINT       NOT NULL,
    -- The organisation the user acted for when it was made: a user moved elsewhere no longer sees it.
    organisation_id BIGINT,
    kind            VARCHAR(40)  NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT         NOT NULL,
    link            VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL,
    read_at         TIMESTAMPTZ,
    -- The weekly digest that carried it, for users who chose the digest.
    digest_week     DATE
);
CREATE INDEX notification_user_created ON notifications.notification (user_id, created_at DESC);
CREATE INDEX notification_undigested ON notifications.notification (user_id) WHERE digest_week IS NULL;

-- Mails waiting to be sent, written in the same transaction as the change that causes them.
-- Senders claim a row with FOR UPDATE SKIP LOCKED and keep the lock while they send, so two
-- instances never send the same row; a crash before marking it sent releases the lock and the
-- row is sent once more, with the same Message-ID.
CREATE TABLE notifications.outbox (
    id              BIGSERIAL PRIMARY KEY,
    message_id      VARCHAR(200)  NOT NULL UNIQUE,
    user_id         BIGINT        NOT NULL,
    organisation_id BIGINT,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    text_body       TEXT          NOT NULL,
    html_body       TEXT          NOT NULL,
    unsubscribe_url VARCHAR(500)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ   NOT NULL,
    sent_at         TIMESTAMPTZ,
    -- Given up after too many attempts, or the recipient may no longer receive it.
    dropped_at      TIMESTAMPTZ,
    last_error      VARCHAR(1000)
);
CREATE INDEX outbox_due ON notifications.outbox (next_attempt_at) WHERE sent_at IS NULL AND dropped_at IS NULL;

-- A reminder is made once per deadline, date, step (days before; -1 for overdue) and user,
-- however often and on however many instances the scheduler runs.
CREATE TABLE notifications.reminder (
    deadline_key VARCHAR(120) NOT NULL,
    due_date     DATE         NOT NULL,
    days_before  INT          NOT NULL,
    user_id      BIGINT       NOT NULL,
    made_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (deadline_key, due_date, days_before, user_id)
);

-- Dates VWS adds to the calendar, such as the monitor questionnaire or a regional plan's due date.
CREATE TABLE notifications.calendar_date (
    id          BIGSERIAL PRIMARY KEY,
    date        DATE         NOT NULL,
    title       VARCHAR(200) NOT NULL,
    description VARCHAR(2000),
    kind        VARCHAR(30)  NOT NULL CHECK (kind IN ('MONITOR_QUESTIONNAIRE', 'REGIONAL_PLAN', 'OTHER')),
    audience    VARCHAR(20)  NOT NULL CHECK (audience IN ('EVERYONE', 'GGD', 'MUNICIPALITY')),
    created_by  BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX calendar_date_date ON notifications.calendar_date (date);
