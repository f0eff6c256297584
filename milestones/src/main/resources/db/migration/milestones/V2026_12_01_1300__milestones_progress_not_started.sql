-- A progress report may say that a milestone has not started yet (RIVM's "niet gestart").
ALTER TABLE milestones.milestone DROP CONSTRAINT milestone_latest_status_check;
ALTER TABLE milestones.milestone ADD CONSTRAINT milestone_latest_status_check
    CHECK (latest_status IN ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DELAYED', 'ACHIEVED', 'CANCELLED'));
ALTER TABLE milestones.progress_report DROP CONSTRAINT progress_report_status_check;
ALTER TABLE milestones.progress_report ADD CONSTRAINT progress_report_status_check
    CHECK (status IN ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DELAYED', 'ACHIEVED', 'CANCELLED'));
