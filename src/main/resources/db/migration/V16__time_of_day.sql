-- An incident's time of day, where it is known, and the time zone it is told in: eight incidents
-- of one day then read in the order they happened, not in the order they were typed.
-- occurred_minute counts the minutes after local midnight, -1 when the time is not known (such
-- incidents come first in their day); it is never null, so that the list's keyset comparison
-- (date, minute, id) and the indexes below hold for every row. time_zone is an IANA name
-- (Europe/Moscow), null when not known.
ALTER TABLE incidents ADD COLUMN occurred_minute SMALLINT DEFAULT -1 NOT NULL;
ALTER TABLE incidents ADD COLUMN time_zone VARCHAR(64);
ALTER TABLE incidents ADD CONSTRAINT incidents_minute_check
  CHECK (occurred_minute BETWEEN -1 AND 1439);

-- The indexes that order the list now order it by time within a day. Each new index is made
-- before the old one is dropped, so that a foreign key always has one to use.
CREATE INDEX incidents_story_time_idx ON incidents (story_id, occurred_on, occurred_minute, id);
DROP INDEX incidents_story_idx;
CREATE INDEX incidents_type_time_idx ON incidents (type, occurred_on, occurred_minute, id);
DROP INDEX incidents_type_idx;
CREATE INDEX incidents_place_time_idx ON incidents (place_id, occurred_on, occurred_minute, id);
DROP INDEX incidents_place_idx;
CREATE INDEX incidents_verification_time_idx
  ON incidents (verification, occurred_on, occurred_minute, id);
DROP INDEX incidents_verification_idx;
CREATE INDEX incidents_time_idx ON incidents (occurred_on, occurred_minute, id);
DROP INDEX incidents_occurred_idx;
CREATE INDEX incidents_contested_time_idx
  ON incidents (contested, occurred_on, occurred_minute, id);
DROP INDEX incidents_contested_idx;
CREATE INDEX incidents_type_verification_time_idx
  ON incidents (type, verification, occurred_on, occurred_minute, id);
DROP INDEX incidents_type_verification_idx;
CREATE INDEX incidents_type_contested_time_idx
  ON incidents (type, contested, occurred_on, occurred_minute, id);
DROP INDEX incidents_type_contested_idx;
CREATE INDEX incidents_verification_contested_time_idx
  ON incidents (verification, contested, occurred_on, occurred_minute, id);
DROP INDEX incidents_verification_contested_idx;

CREATE OR REPLACE VIEW public_incidents AS
SELECT i.id, i.story_id, i.slug, i.title, i.type, i.occurred_on, i.precision, i.place_id,
       i.summary, i.verification, i.ends_on, i.violates_id, i.created_at, i.updated_at,
       s.slug AS story_slug, s.title AS story_title,
       p.slug AS place_slug, p.name AS place_name, p.country AS place_country,
       p.latitude, p.longitude, i.contested, i.occurred_minute, i.time_zone
  FROM incidents i
  LEFT JOIN stories s ON s.id = i.story_id
  LEFT JOIN places p ON p.id = i.place_id AND p.archived_at IS NULL
 WHERE i.archived_at IS NULL AND i.published_at IS NOT NULL
   AND s.archived_at IS NULL AND s.status = 'published';
