-- A milestone copied when its agreement was carried over into the successor programme points to
-- the milestone it came from.
ALTER TABLE milestones.milestone ADD COLUMN carried_from_id BIGINT REFERENCES milestones.milestone (id);
CREATE UNIQUE INDEX milestone_carried_once_uq ON milestones.milestone (carried_from_id, agreement_id) WHERE carried_from_id IS NOT NULL;

-- A closed year (an accepted evaluation) is opened again only with a reason.
ALTER TABLE milestones.evaluation_transition ADD CONSTRAINT evaluation_transition_reopen_reason_ck
    CHECK (from_status IS DISTINCT FROM 'ACCEPTED' OR length(trim(reason)) > 0);
-- Finding the accepted evaluations of an organisation's year (is its year closed?) is an index lookup.
CREATE INDEX evaluation_owner_year_status_idx ON milestones.evaluation (owner_organisation_id, year, status);
