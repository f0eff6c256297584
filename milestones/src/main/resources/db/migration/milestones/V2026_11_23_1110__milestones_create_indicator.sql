-- The indicator catalogue, the targets agreements set on them and the values measured.
CREATE TABLE milestones.indicator (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    unit        VARCHAR(40)  NOT NULL,
    direction   VARCHAR(20)  NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    source      VARCHAR(30)  NOT NULL CHECK (source IN ('GGD_GEZONDHEIDSMONITOR', 'HBSC', 'CBS', 'OWN')),
    family      VARCHAR(20)  NOT NULL CHECK (family IN ('PREVALENCE', 'RISK_FACTOR', 'CARE_USE', 'OUTCOME')),
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX indicator_code_uq ON milestones.indicator (code);

-- One value per indicator, organisation and year; organisation_id refers to agreements.organisation.
CREATE TABLE milestones.measurement (
    id              BIGSERIAL PRIMARY KEY,
    indicator_id    BIGINT        NOT NULL REFERENCES milestones.indicator (id),
    organisation_id BIGINT        NOT NULL,
    year            INTEGER       NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    value           NUMERIC(14,4) NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX measurement_indicator_organisation_year_uq ON milestones.measurement (indicator_id, organisation_id, year);
CREATE INDEX measurement_organisation_idx ON milestones.measurement (organisation_id, indicator_id, year);

-- The owner, region and level are copied from the (immutable) agreement so that lists and
-- reports filter by scope in this schema alone.
CREATE TABLE milestones.indicator_target (
    id                    BIGSERIAL PRIMARY KEY,
    agreement_id          BIGINT        NOT NULL,
    indicator_id          BIGINT        NOT NULL REFERENCES milestones.indicator (id),
    owner_organisation_id BIGINT        NOT NULL,
    ggd_region_id         BIGINT,
    baseline_value        NUMERIC(14,4) NOT NULL,
    baseline_year         INTEGER       NOT NULL CHECK (baseline_year BETWEEN 1990 AND 2100),
    target_value          NUMERIC(14,4) NOT NULL,
    target_year           INTEGER       NOT NULL CHECK (target_year BETWEEN 1990 AND 2100),
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT indicator_target_years_ck CHECK (target_year > baseline_year)
);
CREATE UNIQUE INDEX indicator_target_agreement_indicator_uq ON milestones.indicator_target (agreement_id, indicator_id);
CREATE INDEX indicator_target_owner_idx ON milestones.indicator_target (owner_organisation_id);
CREATE INDEX indicator_target_region_idx ON milestones.indicator_target (ggd_region_id);
