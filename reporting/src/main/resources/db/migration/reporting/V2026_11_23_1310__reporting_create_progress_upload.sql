-- One row per accepted milestone-progress workbook: who sent what, and what it added. The
-- progress reports themselves live in the milestones module, idempotent per row key.
CREATE TABLE reporting.progress_upload (
    id                BIGSERIAL PRIMARY KEY,
    organisation_id   BIGINT      NOT NULL,
    uploaded_by       BIGINT      NOT NULL,
    uploaded_at       TIMESTAMPTZ NOT NULL,
    file_name         VARCHAR(255),
    content_hash      CHAR(64)    NOT NULL,
    rows_read         INTEGER     NOT NULL CHECK (rows_read > 0),
    reports_created   INTEGER     NOT NULL CHECK (reports_created >= 0),
    already_recorded  INTEGER     NOT NULL CHECK (already_recorded >= 0),
    CHECK (reports_created + already_recorded = rows_read)
);

CREATE INDEX progress_upload_organisation ON reporting.progress_upload (organisation_id, uploaded_at DESC);
