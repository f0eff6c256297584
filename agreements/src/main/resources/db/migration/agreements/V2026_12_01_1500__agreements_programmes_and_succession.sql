-- Several national programmes at once (GALA, AZWA, a sport agreement), succession between them,
-- and the IZA regions (care-office regions) beside the GGD regions.

-- A programme is a national agreement with everything under it. VWS owns several national
-- agreements in the same years; an owner has at most one ACTIVE agreement per programme and level
-- in overlapping years (was: per level). A national agreement is its own programme.
ALTER TABLE agreements.agreement DROP CONSTRAINT agreement_one_active_per_owner_level;
ALTER TABLE agreements.agreement ADD CONSTRAINT agreement_one_active_per_owner_programme_level EXCLUDE USING gist (
    owner_id WITH =, level WITH =, (COALESCE(national_id, id)) WITH =, int4range(first_year, last_year, '[]') WITH &&)
    WHERE (status = 'ACTIVE');

-- Succession: a national agreement names the one it continues (AZWA continues GALA); a regional or
-- local agreement carried over into the successor points to the agreement it came from, and so do
-- its copied adoptions and commitments, so that history stays readable across the two.
ALTER TABLE agreements.agreement
    ADD COLUMN predecessor_id  BIGINT REFERENCES agreements.agreement (id),
    ADD COLUMN carried_from_id BIGINT REFERENCES agreements.agreement (id),
    ADD CONSTRAINT agreement_predecessor_is_national CHECK (predecessor_id IS NULL OR (level = 'NATIONAL' AND predecessor_id <> id)),
    ADD CONSTRAINT agreement_carried_from_is_child CHECK (carried_from_id IS NULL OR level <> 'NATIONAL');
-- An agreement is carried over into a given successor programme once.
CREATE UNIQUE INDEX agreement_carried_once ON agreements.agreement (carried_from_id, national_id) WHERE carried_from_id IS NOT NULL;
CREATE INDEX agreement_predecessor_idx ON agreements.agreement (predecessor_id);

ALTER TABLE agreements.theme_adoption ADD COLUMN carried_from_id BIGINT REFERENCES agreements.theme_adoption (id);
ALTER TABLE agreements.commitment ADD COLUMN carried_from_id BIGINT REFERENCES agreements.commitment (id);

-- Which core theme of the successor takes over a theme of the predecessor, set by VWS.
-- A theme of the predecessor goes to at most one theme of the successor; several may go to one.
CREATE TABLE agreements.theme_succession (
    from_theme_id BIGINT      PRIMARY KEY REFERENCES agreements.core_theme (id),
    to_theme_id   BIGINT      NOT NULL REFERENCES agreements.core_theme (id),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT theme_succession_not_itself CHECK (from_theme_id <> to_theme_id)
);
CREATE INDEX theme_succession_to_idx ON agreements.theme_succession (to_theme_id);

-- IZA regions (zorgkantoorregio's, CBS code ZK01..ZK99): 38 regions, each municipality in one.
-- They do not coincide with the GGD regions. A regional agreement (an IZA regional plan) can be
-- for an IZA region; a GGD region owns it as coordinator (trekker).
ALTER TABLE agreements.organisation DROP CONSTRAINT organisation_type_check;
ALTER TABLE agreements.organisation ADD CONSTRAINT organisation_type_check CHECK (type IN ('MINISTRY', 'GGD_REGION',
    'IZA_REGION', 'MUNICIPALITY', 'HEALTH_INSURER', 'KNOWLEDGE_INSTITUTE', 'SOCIAL_PARTNER', 'SCHOOL', 'OTHER'));
ALTER TABLE agreements.organisation DROP CONSTRAINT organisation_cbs_code;
ALTER TABLE agreements.organisation ADD CONSTRAINT organisation_cbs_code CHECK (
    (type = 'MUNICIPALITY' AND code ~ '^GM[0-9]{4}$')
    OR (type = 'GGD_REGION' AND code ~ '^GG[0-9]{4}$')
    OR (type = 'IZA_REGION' AND code ~ '^ZK[0-9]{2}$')
    OR type NOT IN ('MUNICIPALITY', 'GGD_REGION', 'IZA_REGION'));
ALTER TABLE agreements.organisation ADD COLUMN iza_region_id BIGINT REFERENCES agreements.organisation (id);
CREATE INDEX organisation_iza_region_idx ON agreements.organisation (iza_region_id);

ALTER TABLE agreements.agreement
    ADD COLUMN iza_region_id BIGINT REFERENCES agreements.organisation (id),
    ADD CONSTRAINT agreement_iza_region_is_regional CHECK (iza_region_id IS NULL OR level = 'REGIONAL');
