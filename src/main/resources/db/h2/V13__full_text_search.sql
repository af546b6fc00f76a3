-- The PostgreSQL migration of the same number gives stories, actors, places and incidents a
-- tsvector column for PostgreSQL's full-text search. H2 goes on searching its search_terms table
-- (V3): H2's own FullText index neither ranks nor folds accents, and the table does both, in SQL
-- over an index. The version exists so that both databases end at the same one.
SELECT 1;
