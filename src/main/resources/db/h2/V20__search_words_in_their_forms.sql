-- The PostgreSQL migration of the same number gives its full-text search a configuration of its
-- own (English word forms, accents folded). H2's index of words (search_terms) stays as it is; the
-- version exists so that both databases end at the same one.
SELECT 1;
