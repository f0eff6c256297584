-- Part of a stream's budget for one year, assigned to one commitment of an agreement.
-- The commitment and agreement columns are copies of facts that do not change once the
-- commitment exists (its agreement, owner, region and periods). Copying them here keeps every
-- money analysis and the funding-cliff query a single query inside this schema.
CREATE TABLE financing.allocation (
    id                    BIGSERIAL PRIMARY KEY,
    budget_id             BIGINT        NOT NULL,
    stream_id             BIGINT        NOT NULL REFERENCES financing.funding_stream (id),
    year                  INTEGER       NOT NULL,
    amount                NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    note                  VARCHAR(500),
    -- References to agreements.commitment / agreements.agreement / agreements.organisation.
    commitment_id         BIGINT        NOT NULL,
    agreement_id          BIGINT        NOT NULL,
    agreement_owner_id    BIGINT        NOT NULL,
    ggd_region_id         BIGINT,
    commitment_first_year INTEGER       NOT NULL,
    commitment_last_year  INTEGER       NOT NULL,
    agreement_first_year  INTEGER       NOT NULL,
    agreement_last_year   INTEGER       NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    -- One allocation per stream, year and commitment: more money is a raise of that allocation.
    CONSTRAINT allocation_stream_year_commitment_unique UNIQUE (stream_id, year, commitment_id),
    CONSTRAINT allocation_year_in_commitment CHECK (year BETWEEN commitment_first_year AND commitment_last_year),
    -- The stream and year stored for the analyses are always those of the budget the money comes from.
    CONSTRAINT allocation_budget_fk FOREIGN KEY (budget_id, stream_id, year)
        REFERENCES financing.budget (id, stream_id, year)
);

CREATE INDEX allocation_budget_idx ON financing.allocation (budget_id);
CREATE INDEX allocation_commitment_idx ON financing.allocation (commitment_id, year);
CREATE INDEX allocation_agreement_idx ON financing.allocation (agreement_id, year);
CREATE INDEX allocation_owner_idx ON financing.allocation (agreement_owner_id);
CREATE INDEX allocation_region_idx ON financing.allocation (ggd_region_id);

-- What was actually spent of an allocation in a year, as the recipient reports it. Spending above
-- the allocation is stored (it happens) and shown as overspending.
CREATE TABLE financing.expenditure (
    id            BIGSERIAL PRIMARY KEY,
    allocation_id BIGINT        NOT NULL REFERENCES financing.allocation (id),
    year          INTEGER       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    amount        NUMERIC(14,2) NOT NULL CHECK (amount >= 0),
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT expenditure_allocation_year_unique UNIQUE (allocation_id, year)
);
