-- The PostgreSQL migration of the same number makes its change counter move once per transaction:
-- there, a row updated many times in one transaction leaves versions that each later update steps
-- over. H2 keeps one uncommitted version of the row however often a transaction updates it, so
-- its counter (V4) stays as it is. The version exists so that both databases end at the same one.
SELECT 1;
