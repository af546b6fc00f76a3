-- Readers search PostgreSQL in the syntax of web search engines (websearch_to_tsquery: "a phrase",
-- -word, or), and in its own configuration: English word forms (snowball's english_stem, so that
-- "substations" finds "substation" and "talked" finds "talks"), with accents folded by the unaccent
-- dictionary first ("Kyïv" is "Kyiv"). H2, which has neither, keeps its index of words in their
-- plural and singular forms (storyline.search.Terms).
CREATE TEXT SEARCH CONFIGURATION storyline (COPY = english);
ALTER TEXT SEARCH CONFIGURATION storyline
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE OR REPLACE FUNCTION storyline_vector(head text, rest text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector('storyline', COALESCE(storyline_fold(head), '')), 'A')
        || setweight(to_tsvector('storyline', COALESCE(storyline_fold(rest), '')), 'B')
  $$;

UPDATE stories SET search_vector = storyline_vector(title, concat_ws(' ', summary, body));
UPDATE actors SET search_vector = storyline_vector(name, concat_ws(' ', role, description));
UPDATE places SET search_vector = storyline_vector(name, country);
UPDATE incidents i SET search_vector = storyline_vector(i.title,
  concat_ws(' ', i.summary, (SELECT p.name FROM places p WHERE p.id = i.place_id)));
