-- The PostgreSQL migration of the same number makes a collation that ignores case, so that names
-- compare alike whatever the database's locale. H2's LOWER() folds case by Java's rules for every
-- script, whatever the machine's locale, so H2 needs none. The version exists so that both
-- databases end at the same one.
SELECT 1;
