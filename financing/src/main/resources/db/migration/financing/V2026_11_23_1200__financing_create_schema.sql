-- The financing module's own schema; its tables come with its features.
CREATE SCHEMA IF NOT EXISTS financing;
