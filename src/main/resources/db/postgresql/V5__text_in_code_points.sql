-- The H2 migration of the same number widens free-text columns that H2 measures in UTF-16
-- units. PostgreSQL measures VARCHAR in characters, as the forms do, so nothing changes here;
-- the version exists so that both databases end at the same one.
SELECT 1;
