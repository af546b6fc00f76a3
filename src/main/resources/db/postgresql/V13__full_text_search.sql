-- PostgreSQL's full-text search, in place of the search_terms table that H2 reads: each story,
-- actor, place and incident gets a tsvector of its words, its title or name weighted A and its
-- other texts B, folded to lower case without accents (unaccent: "Kyïv" and "Kyiv" are one word),
-- with a GIN index. The app rewrites an entry's vector when it saves the entry
-- (storyline.search.SearchIndex), as it rewrites its postings on H2, and asks for the reader's
-- words with their singular and plural forms, ranked by ts_rank (storyline.search.Terms): the
-- 'simple' configuration, without English stemming, so that both databases find the same entries
-- for the same words.
--
-- unaccent is a trusted extension (PostgreSQL 13 and later): the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change); naming the dictionary makes the fold
-- IMMUTABLE, which an index expression and a generated value need.
CREATE FUNCTION storyline_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE FUNCTION storyline_vector(head text, rest text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT setweight(to_tsvector('simple', COALESCE(storyline_fold(head), '')), 'A')
        || setweight(to_tsvector('simple', COALESCE(storyline_fold(rest), '')), 'B')
  $$;


ALTER TABLE stories ADD COLUMN search_vector tsvector;
ALTER TABLE actors ADD COLUMN search_vector tsvector;
ALTER TABLE places ADD COLUMN search_vector tsvector;
ALTER TABLE incidents ADD COLUMN search_vector tsvector;

UPDATE stories SET search_vector = storyline_vector(title, concat_ws(' ', summary, body));
UPDATE actors SET search_vector = storyline_vector(name, concat_ws(' ', role, description));
UPDATE places SET search_vector = storyline_vector(name, country);
UPDATE incidents i SET search_vector = storyline_vector(i.title,
  concat_ws(' ', i.summary, (SELECT p.name FROM places p WHERE p.id = i.place_id)));

CREATE INDEX stories_search_idx ON stories USING GIN (search_vector);
CREATE INDEX actors_search_idx ON actors USING GIN (search_vector);
CREATE INDEX places_search_idx ON places USING GIN (search_vector);
CREATE INDEX incidents_search_idx ON incidents USING GIN (search_vector);

-- H2's index, which PostgreSQL no longer reads or writes.
DELETE FROM search_terms;
