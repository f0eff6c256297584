-- Milestones under commitments, and their append-only progress reports.
CREATE TABLE milestones.milestone (
    id                          BIGSERIAL PRIMARY KEY,
    commitment_id               BIGINT       NOT NULL,
    -- Copied from the commitment and its agreement when the milestone is made; they never change.
    agreement_id                BIGINT       NOT NULL,
    owner_organisation_id       BIGINT       NOT NULL,
    ggd_region_id               BIGINT,
    core_theme_id               BIGINT       NOT NULL,
    core_theme_code             VARCHAR(40)  NOT NULL,
    core_theme_name             VARCHAR(200) NOT NULL,
    title                       VARCHAR(300) NOT NULL,
    due_date                    DATE         NOT NULL,
    responsible_organisation_id BIGINT       NOT NULL,
    -- The newest report (by report date, then by order of recording), kept with the milestone in
    -- the same transaction as every new report so that lists filter on state without a subquery.
    latest_report_id            BIGINT,
    latest_status               VARCHAR(20) CHECK (latest_status IN ('ON_TRACK', 'AT_RISK', 'DELAYED', 'ACHIEVED', 'CANCELLED')),
    latest_percent_complete     INTEGER,
    latest_report_date          DATE,
    version                     BIGINT       NOT NULL DEFAULT 0,
    created_at                  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX milestone_agreement_idx ON milestones.milestone (agreement_id, due_date);
CREATE INDEX milestone_owner_idx ON milestones.milestone (owner_organisation_id, due_date);
CREATE INDEX milestone_region_idx ON milestones.milestone (ggd_region_id, due_date);
CREATE INDEX milestone_commitment_idx ON milestones.milestone (commitment_id);
CREATE INDEX milestone_due_idx ON milestones.milestone (due_date);

CREATE TABLE milestones.progress_report (
    id               BIGSERIAL PRIMARY KEY,
    milestone_id     BIGINT      NOT NULL REFERENCES milestones.milestone (id),
    report_date      DATE        NOT NULL,
    status           VARCHAR(20) NOT NULL CHECK (status IN ('ON_TRACK', 'AT_RISK', 'DELAYED', 'ACHIEVED', 'CANCELLED')),
    percent_complete INTEGER     NOT NULL CHECK (percent_complete BETWEEN 0 AND 100),
    narrative        TEXT,
    -- A client-chosen key that makes a repeated upload of the same report a no-op.
    idempotency_key  VARCHAR(200),
    reported_by      BIGINT      NOT NULL,
    reported_by_name VARCHAR(100) NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX progress_report_milestone_idx ON milestones.progress_report (milestone_id, report_date DESC, id DESC);
CREATE UNIQUE INDEX progress_report_idempotency_uq ON milestones.progress_report (milestone_id, idempotency_key);

ALTER TABLE milestones.milestone
    ADD CONSTRAINT milestone_latest_report_fk FOREIGN KEY (latest_report_id) REFERENCES milestones.progress_report (id);

-- Reports are history: a correction is a new report, never an edit.
CREATE FUNCTION milestones.progress_report_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'progress_report is append-only: % is not allowed; record a correction as a new report', TG_OP
        USING ERRCODE = '42501';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER progress_report_append_only
    BEFORE UPDATE OR DELETE ON milestones.progress_report
    FOR EACH ROW EXECUTE FUNCTION milestones.progress_report_is_append_only();
