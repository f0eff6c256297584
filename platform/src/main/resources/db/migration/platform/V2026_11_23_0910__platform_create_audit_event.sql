-- Append-only log of every change: who, when, what, the values before and after, and why.
CREATE TABLE platform.audit_event (
    id              BIGSERIAL PRIMARY KEY,
    occurred_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    user_id         BIGINT,
    username        VARCHAR(100),
    actor_organisation_id BIGINT,
    -- The organisation whose data changed; "the log of their own organisation" filters on it.
    organisation_id BIGINT,
    -- Groups the changes to an agreement and everything under it into one history.
    agreement_id    BIGINT,
    entity          VARCHAR(60)  NOT NULL,
    entity_id       VARCHAR(60),
    action          VARCHAR(40)  NOT NULL,
    before_value    JSONB,
    after_value     JSONB,
    reason          TEXT
);

CREATE INDEX audit_event_entity_idx ON platform.audit_event (entity, entity_id);
CREATE INDEX audit_event_agreement_idx ON platform.audit_event (agreement_id, occurred_at);
CREATE INDEX audit_event_organisation_idx ON platform.audit_event (organisation_id, occurred_at);
CREATE INDEX audit_event_occurred_idx ON platform.audit_event (occurred_at);

-- Nobody changes or deletes history, whatever the application does.
CREATE FUNCTION platform.audit_event_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = '42501';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON platform.audit_event
    FOR EACH ROW EXECUTE FUNCTION platform.audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON platform.audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit_event_is_append_only();
