-- A source of money for prevention, received by one organisation, and its amount per year.

CREATE TABLE financing.funding_stream (
    id                      BIGSERIAL PRIMARY KEY,
    name                    VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
    source                  VARCHAR(30)  NOT NULL CHECK (source IN ('NATIONAL_GOVERNMENT', 'MUNICIPALITY', 'HEALTH_INSURER',
                                                                   'FUND', 'EU', 'OTHER')),
    legal_basis             VARCHAR(20)  NOT NULL CHECK (legal_basis IN ('WPG', 'WMO', 'JEUGDWET', 'ZVW', 'WLZ', 'NONE')),
    nature                  VARCHAR(20)  NOT NULL CHECK (nature IN ('STRUCTURAL', 'INCIDENTAL')),
    first_year              INTEGER      NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),
    -- Open (null) only for structural money; incidental money always ends.
    last_year               INTEGER      CHECK (last_year BETWEEN 2000 AND 2100),
    earmarked               BOOLEAN      NOT NULL DEFAULT FALSE,
    conditions              TEXT,
    -- Refers to agreements.organisation; no foreign key across module schemas, the service checks it.
    recipient_id            BIGINT       NOT NULL,
    -- The recipient's GGD region (the region itself when a GGD receives it), copied so that the
    -- regional analyses stay single queries inside this schema. Null for the ministry and partners.
    recipient_ggd_region_id BIGINT,
    version                 BIGINT       NOT NULL DEFAULT 0,
    created_at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT funding_stream_incidental_ends CHECK (nature <> 'INCIDENTAL' OR last_year IS NOT NULL),
    CONSTRAINT funding_stream_period CHECK (last_year IS NULL OR last_year >= first_year),
    CONSTRAINT funding_stream_conditions_only_when_earmarked CHECK (earmarked OR conditions IS NULL)
);

CREATE INDEX funding_stream_recipient_idx ON financing.funding_stream (recipient_id);
CREATE INDEX funding_stream_region_idx ON financing.funding_stream (recipient_ggd_region_id);

CREATE TABLE financing.budget (
    id         BIGSERIAL PRIMARY KEY,
    stream_id  BIGINT        NOT NULL REFERENCES financing.funding_stream (id),
    year       INTEGER       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    amount     NUMERIC(14,2) NOT NULL CHECK (amount >= 0),
    version    BIGINT        NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT budget_stream_year_unique UNIQUE (stream_id, year),
    -- Lets an allocation refer to its budget together with the stream and year it repeats.
    CONSTRAINT budget_id_stream_year_unique UNIQUE (id, stream_id, year)
);
