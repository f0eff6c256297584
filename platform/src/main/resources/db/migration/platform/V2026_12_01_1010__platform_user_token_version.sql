-- Every token carries the token version of its account at login; a token with another version is
-- refused. The version goes up when the password, role, organisation or enabled flag changes, so
-- such a change ends every token issued before it, at once.
ALTER TABLE platform.app_user ADD COLUMN token_version BIGINT NOT NULL DEFAULT 0;
