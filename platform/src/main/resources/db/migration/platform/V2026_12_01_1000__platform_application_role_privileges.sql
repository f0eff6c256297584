-- Two roles (see the README, "Security"): the owner of the schemas runs these migrations; the
-- application connects as akkoordmonitor_app, which reads and writes the data but owns nothing, so
-- it cannot change a table, disable a trigger or drop anything. On the audit log it may only add
-- rows and read them. A database set up with one role for everything (no akkoordmonitor_app)
-- keeps working as before, without this protection.
DO $$
DECLARE
    app CONSTANT text := 'akkoordmonitor_app';
    s text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) OR current_user = app THEN
        RETURN;
    END IF;
    FOR s IN SELECT nspname FROM pg_namespace
             WHERE nspowner = current_user::regrole AND nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema' LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, app);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, app);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, app);
    END LOOP;
    -- Whatever later migrations create is usable by the application in the same way.
    EXECUTE format('ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO %I', app);
    -- The audit log is append-only for the application: besides the trigger, it lacks the rights.
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON platform.audit_event FROM %I', app);
    EXECUTE 'REVOKE ALL ON platform.audit_event FROM PUBLIC';
END $$;
