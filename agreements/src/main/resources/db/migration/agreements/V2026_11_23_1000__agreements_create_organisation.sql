CREATE SCHEMA IF NOT EXISTS agreements;

-- Every organisation that takes part in prevention agreements. The ministry, the GGD regions and
-- the municipalities come from the reference data (see resources/reference); others are added by users.
CREATE TABLE agreements.organisation (
    id            BIGSERIAL PRIMARY KEY,
    type          VARCHAR(30)  NOT NULL CHECK (type IN ('MINISTRY', 'GGD_REGION', 'MUNICIPALITY', 'HEALTH_INSURER',
                                                       'KNOWLEDGE_INSTITUTE', 'SOCIAL_PARTNER', 'SCHOOL', 'OTHER')),
    -- CBS code for municipalities (GM0363) and GGD regions (GG3406); VWS for the ministry; null for others.
    code          VARCHAR(20),
    name          VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
    ggd_region_id BIGINT REFERENCES agreements.organisation (id),
    province      VARCHAR(60),
    reference     BOOLEAN      NOT NULL DEFAULT FALSE,
    -- A merged municipality stays readable: it ends and points to its successor.
    ended_on      DATE,
    successor_id  BIGINT REFERENCES agreements.organisation (id),
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT organisation_code_unique UNIQUE (code),
    CONSTRAINT organisation_cbs_code CHECK (
        (type = 'MUNICIPALITY' AND code ~ '^GM[0-9]{4}$')
        OR (type = 'GGD_REGION' AND code ~ '^GG[0-9]{4}$')
        OR type NOT IN ('MUNICIPALITY', 'GGD_REGION')),
    CONSTRAINT organisation_municipality_in_region CHECK (type <> 'MUNICIPALITY' OR ggd_region_id IS NOT NULL)
);

CREATE INDEX organisation_region_idx ON agreements.organisation (ggd_region_id);
CREATE INDEX organisation_type_name_idx ON agreements.organisation (type, name);
