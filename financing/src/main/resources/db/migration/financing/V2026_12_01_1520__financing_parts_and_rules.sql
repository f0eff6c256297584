-- The rules of an earmarked grant such as the brede SPUK (Stcrt. 2023, 4245): parts (onderdelen)
-- under main themes with their own budgets, shifts between parts, carry-over to the next year,
-- co-financing, budget letters, SiSa codes, and the years closed by an accepted evaluation.

-- Per stream: the share of a year's budget that may be carried over to the next year (the SPUK
-- allowed 20% of 2023 into 2024), the share the recipient must add itself (buurtsportcoaches: the
-- state pays 40%, the municipality 60%), the stream whose co-financing this (own) stream is, and
-- the regulation's code in SiSa.
ALTER TABLE financing.funding_stream
    ADD COLUMN carry_over_share      NUMERIC(5,4) NOT NULL DEFAULT 0.2000 CHECK (carry_over_share BETWEEN 0 AND 1),
    ADD COLUMN co_financing_share    NUMERIC(5,4) NOT NULL DEFAULT 0 CHECK (co_financing_share >= 0 AND co_financing_share < 1),
    ADD COLUMN co_finances_stream_id BIGINT REFERENCES financing.funding_stream (id),
    ADD COLUMN sisa_code             VARCHAR(20),
    ADD CONSTRAINT funding_stream_not_co_financing_itself CHECK (co_finances_stream_id IS DISTINCT FROM id);

CREATE TABLE financing.funding_part (
    id         BIGSERIAL PRIMARY KEY,
    stream_id  BIGINT       NOT NULL REFERENCES financing.funding_stream (id),
    code       VARCHAR(40)  NOT NULL CHECK (length(trim(code)) > 0),
    name       VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
    -- Shifting money is allowed only between parts under the same main theme.
    main_theme VARCHAR(200) NOT NULL CHECK (length(trim(main_theme)) > 0),
    -- The SiSa indicator of this part and its place in SiSa's order.
    sisa_code  VARCHAR(20),
    position   INTEGER      NOT NULL DEFAULT 0,
    version    BIGINT       NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT funding_part_code_unique UNIQUE (stream_id, code),
    CONSTRAINT funding_part_id_stream_unique UNIQUE (id, stream_id)
);

-- A budget letter from VWS: indexation, a cut, a correction or a grant, with its date and reference.
CREATE TABLE financing.budget_letter (
    id          BIGSERIAL PRIMARY KEY,
    stream_id   BIGINT       NOT NULL REFERENCES financing.funding_stream (id),
    letter_date DATE         NOT NULL,
    reference   VARCHAR(100) NOT NULL CHECK (length(trim(reference)) > 0),
    kind        VARCHAR(20)  NOT NULL CHECK (kind IN ('GRANT', 'INDEXATION', 'CUT', 'CORRECTION')),
    reason      TEXT         NOT NULL CHECK (length(trim(reason)) > 0),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT budget_letter_reference_unique UNIQUE (stream_id, reference)
);

-- Money moved from one part to another in a year, with its reason.
CREATE TABLE financing.part_shift (
    id           BIGSERIAL PRIMARY KEY,
    stream_id    BIGINT        NOT NULL REFERENCES financing.funding_stream (id),
    from_part_id BIGINT        NOT NULL,
    to_part_id   BIGINT        NOT NULL,
    year         INTEGER       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    amount       NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    reason       TEXT          NOT NULL CHECK (length(trim(reason)) > 0),
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT part_shift_between_two CHECK (from_part_id <> to_part_id),
    CONSTRAINT part_shift_from_fk FOREIGN KEY (from_part_id, stream_id) REFERENCES financing.funding_part (id, stream_id),
    CONSTRAINT part_shift_to_fk FOREIGN KEY (to_part_id, stream_id) REFERENCES financing.funding_part (id, stream_id)
);

-- Money of a year carried over to the next year, for the stream or one of its parts.
CREATE TABLE financing.carry_over (
    id         BIGSERIAL PRIMARY KEY,
    stream_id  BIGINT        NOT NULL REFERENCES financing.funding_stream (id),
    part_id    BIGINT,
    from_year  INTEGER       NOT NULL CHECK (from_year BETWEEN 2000 AND 2099),
    amount     NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    reason     TEXT          NOT NULL CHECK (length(trim(reason)) > 0),
    created_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT carry_over_part_fk FOREIGN KEY (part_id, stream_id) REFERENCES financing.funding_part (id, stream_id)
);
CREATE INDEX carry_over_stream_idx ON financing.carry_over (stream_id, from_year);

-- A part's budget per year as a ledger: the amount set, letters, shifts and carry-over, each a
-- signed change with where it came from. The budget is the sum; the history is the rows.
CREATE TABLE financing.part_budget_change (
    id            BIGSERIAL PRIMARY KEY,
    part_id       BIGINT        NOT NULL REFERENCES financing.funding_part (id),
    year          INTEGER       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    kind          VARCHAR(20)   NOT NULL CHECK (kind IN ('SET', 'LETTER', 'SHIFT_IN', 'SHIFT_OUT', 'CARRY_IN', 'CARRY_OUT')),
    amount        NUMERIC(14,2) NOT NULL,
    letter_id     BIGINT REFERENCES financing.budget_letter (id),
    shift_id      BIGINT REFERENCES financing.part_shift (id),
    carry_over_id BIGINT REFERENCES financing.carry_over (id),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT part_budget_change_source CHECK (
        (kind = 'SET' AND letter_id IS NULL AND shift_id IS NULL AND carry_over_id IS NULL)
        OR (kind = 'LETTER' AND letter_id IS NOT NULL)
        OR (kind IN ('SHIFT_IN', 'SHIFT_OUT') AND shift_id IS NOT NULL)
        OR (kind IN ('CARRY_IN', 'CARRY_OUT') AND carry_over_id IS NOT NULL))
);
CREATE INDEX part_budget_change_part_idx ON financing.part_budget_change (part_id, year);

-- Which part of the stream an allocation is paid from, where the stream has parts (for SiSa).
ALTER TABLE financing.allocation
    ADD COLUMN part_id BIGINT,
    ADD CONSTRAINT allocation_part_fk FOREIGN KEY (part_id, stream_id) REFERENCES financing.funding_part (id, stream_id);

-- Copy of the years closed by an accepted evaluation (owned by the milestones module, which
-- publishes every close and reopen); spending in a closed year of an agreement is refused.
CREATE TABLE financing.closed_year (
    agreement_id BIGINT  NOT NULL,
    year         INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, year)
);
