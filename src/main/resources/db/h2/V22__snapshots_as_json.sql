-- The PostgreSQL migration of the same number makes the snapshots a json column, which refuses
-- text that is not JSON. H2 keeps them as text: its JSON type takes text as a JSON string unless
-- every statement says FORMAT JSON, and reads back bytes. Storyline writes every snapshot through
-- Jackson and reads it with a parser. The version exists so that both databases end at the same one.
SELECT 1;
