-- The yearly evaluation per agreement, its ratings per adopted theme and its workflow history.
CREATE TABLE milestones.evaluation (
    id                       BIGSERIAL PRIMARY KEY,
    agreement_id             BIGINT      NOT NULL,
    year                     INTEGER     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    -- Copied from the agreement: who submits, who reviews, and where it sits in the country.
    level                    VARCHAR(20) NOT NULL CHECK (level IN ('NATIONAL', 'REGIONAL', 'LOCAL')),
    owner_organisation_id    BIGINT      NOT NULL,
    reviewer_organisation_id BIGINT      NOT NULL,
    ggd_region_id            BIGINT,
    status                   VARCHAR(20) NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    general_conclusion       TEXT,
    first_submitted_at       TIMESTAMPTZ,
    first_submitted_on       DATE,
    submitted_at             TIMESTAMPTZ,
    returned_at              TIMESTAMPTZ,
    accepted_at              TIMESTAMPTZ,
    version                  BIGINT      NOT NULL DEFAULT 0,
    created_at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT evaluation_submitted_ck CHECK (status = 'DRAFT' OR first_submitted_at IS NOT NULL),
    CONSTRAINT evaluation_accepted_ck CHECK (status <> 'ACCEPTED' OR accepted_at IS NOT NULL)
);
CREATE UNIQUE INDEX evaluation_agreement_year_uq ON milestones.evaluation (agreement_id, year);
CREATE INDEX evaluation_year_region_idx ON milestones.evaluation (year, ggd_region_id);
CREATE INDEX evaluation_year_owner_idx ON milestones.evaluation (year, owner_organisation_id);

CREATE TABLE milestones.evaluation_theme (
    id               BIGSERIAL PRIMARY KEY,
    evaluation_id    BIGINT       NOT NULL REFERENCES milestones.evaluation (id),
    core_theme_id    BIGINT       NOT NULL,
    core_theme_code  VARCHAR(40)  NOT NULL,
    core_theme_name  VARCHAR(200) NOT NULL,
    rating           VARCHAR(10) CHECK (rating IN ('GREEN', 'AMBER', 'RED')),
    findings         TEXT,
    lessons          TEXT,
    steering_actions TEXT
);
CREATE UNIQUE INDEX evaluation_theme_uq ON milestones.evaluation_theme (evaluation_id, core_theme_id);

CREATE TABLE milestones.evaluation_transition (
    id                    BIGSERIAL PRIMARY KEY,
    evaluation_id         BIGINT       NOT NULL REFERENCES milestones.evaluation (id),
    from_status           VARCHAR(20)  CHECK (from_status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    to_status             VARCHAR(20)  NOT NULL CHECK (to_status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    user_id               BIGINT       NOT NULL,
    username              VARCHAR(100) NOT NULL,
    actor_organisation_id BIGINT,
    reason                TEXT,
    occurred_at           TIMESTAMPTZ  NOT NULL,
    CONSTRAINT evaluation_transition_return_reason_ck CHECK (to_status <> 'RETURNED' OR length(trim(reason)) > 0)
);
CREATE INDEX evaluation_transition_evaluation_idx ON milestones.evaluation_transition (evaluation_id, occurred_at, id);

-- The submission deadline per year, where it differs from 1 April of the following year.
CREATE TABLE milestones.evaluation_deadline (
    year       INTEGER     PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    deadline   DATE        NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
