-- Agreements from national to local, the national core themes, how child agreements adopt them,
-- the commitments under each adopted theme and the parties taking part.

-- btree_gist lets one exclusion constraint compare the owner with = and the years with &&.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE agreements.agreement (
    id          BIGSERIAL PRIMARY KEY,
    level       VARCHAR(10)  NOT NULL CHECK (level IN ('NATIONAL', 'REGIONAL', 'LOCAL')),
    title       VARCHAR(300) NOT NULL CHECK (length(trim(title)) > 0),
    owner_id    BIGINT       NOT NULL REFERENCES agreements.organisation (id),
    parent_id   BIGINT REFERENCES agreements.agreement (id),
    -- The national agreement at the top of the chain; null on a national agreement itself.
    national_id BIGINT REFERENCES agreements.agreement (id),
    first_year  INTEGER      NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),
    last_year   INTEGER      NOT NULL CHECK (last_year BETWEEN 2000 AND 2100),
    status      VARCHAR(10)  NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ACTIVE', 'CLOSED')),
    signed_on   DATE,
    closed_on   DATE,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT agreement_period CHECK (first_year <= last_year),
    CONSTRAINT agreement_parent_by_level CHECK (
        (level = 'NATIONAL' AND parent_id IS NULL AND national_id IS NULL)
        OR (level <> 'NATIONAL' AND parent_id IS NOT NULL AND national_id IS NOT NULL)),
    CONSTRAINT agreement_signed CHECK ((status = 'DRAFT') = (signed_on IS NULL)),
    CONSTRAINT agreement_closed CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL)),
    -- An owner has at most one ACTIVE agreement per level in overlapping years.
    CONSTRAINT agreement_one_active_per_owner_level EXCLUDE USING gist (
        owner_id WITH =, level WITH =, int4range(first_year, last_year, '[]') WITH &&) WHERE (status = 'ACTIVE')
);

CREATE INDEX agreement_owner_idx ON agreements.agreement (owner_id, level);
CREATE INDEX agreement_parent_idx ON agreements.agreement (parent_id);
CREATE INDEX agreement_national_idx ON agreements.agreement (national_id, status);

-- The frame of a national agreement: binding themes must be adopted (or explained) by every child.
CREATE TABLE agreements.core_theme (
    id           BIGSERIAL PRIMARY KEY,
    agreement_id BIGINT       NOT NULL REFERENCES agreements.agreement (id),
    code         VARCHAR(40)  NOT NULL CHECK (length(trim(code)) > 0),
    name         VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
    description  TEXT,
    binding      BOOLEAN      NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT core_theme_code_unique UNIQUE (agreement_id, code)
);

-- How a regional or local agreement fills in a core theme: an ambition, or a justified deviation.
CREATE TABLE agreements.theme_adoption (
    id            BIGSERIAL PRIMARY KEY,
    agreement_id  BIGINT      NOT NULL REFERENCES agreements.agreement (id),
    core_theme_id BIGINT      NOT NULL REFERENCES agreements.core_theme (id),
    deviation     BOOLEAN     NOT NULL,
    ambition      TEXT,
    justification TEXT,
    version       BIGINT      NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT theme_adoption_once UNIQUE (agreement_id, core_theme_id),
    CONSTRAINT theme_adoption_comply_or_explain CHECK (
        (deviation AND ambition IS NULL AND length(trim(coalesce(justification, ''))) > 0)
        OR (NOT deviation AND length(trim(coalesce(ambition, ''))) > 0 AND justification IS NULL))
);

CREATE INDEX theme_adoption_theme_idx ON agreements.theme_adoption (core_theme_id);

CREATE TABLE agreements.commitment (
    id                          BIGSERIAL PRIMARY KEY,
    agreement_id                BIGINT       NOT NULL REFERENCES agreements.agreement (id),
    adoption_id                 BIGINT       NOT NULL REFERENCES agreements.theme_adoption (id),
    title                       VARCHAR(300) NOT NULL CHECK (length(trim(title)) > 0),
    description                 TEXT,
    target_groups               VARCHAR(20)[] NOT NULL CHECK (
        cardinality(target_groups) > 0
        AND target_groups <@ ARRAY['YOUTH', 'YOUNG_ADULTS', 'STUDENTS', 'WORKERS', 'ELDERLY', 'INFORMAL_CARERS',
                                   'VULNERABLE', 'EVERYONE']::VARCHAR(20)[]),
    living_environment          VARCHAR(20)  NOT NULL CHECK (living_environment IN
        ('SOCIETY', 'NEIGHBOURHOOD', 'EDUCATION', 'WORK', 'ONLINE', 'CARE', 'HOME')),
    prevention_level            VARCHAR(20)  NOT NULL CHECK (prevention_level IN ('UNIVERSAL', 'SELECTIVE', 'INDICATED')),
    responsible_organisation_id BIGINT       NOT NULL REFERENCES agreements.organisation (id),
    first_year                  INTEGER      NOT NULL,
    last_year                   INTEGER      NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0,
    created_at                  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT commitment_period CHECK (first_year <= last_year)
);

CREATE INDEX commitment_agreement_idx ON agreements.commitment (agreement_id);
CREATE INDEX commitment_adoption_idx ON agreements.commitment (adoption_id);

CREATE TABLE agreements.party (
    id              BIGSERIAL PRIMARY KEY,
    agreement_id    BIGINT      NOT NULL REFERENCES agreements.agreement (id),
    organisation_id BIGINT      NOT NULL REFERENCES agreements.organisation (id),
    role            VARCHAR(20) NOT NULL CHECK (role IN ('SIGNATORY', 'COORDINATOR', 'EXECUTOR', 'ADVISER', 'FUNDER')),
    version         BIGINT      NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT party_once_per_role UNIQUE (agreement_id, organisation_id, role)
);
