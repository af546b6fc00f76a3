-- Each revision's snapshot is JSON that Storyline writes and reads whole. PostgreSQL now holds it
-- in a json column, which refuses text that is not JSON, so a broken snapshot can never be stored
-- for a restore to trip over later. json rather than jsonb: jsonb reorders an object's keys and
-- drops repeated ones, and a snapshot is kept exactly as it was written (the site copy checks
-- every table's checksum against H2's text). Inserts cast their text to json (RevisionDao).
ALTER TABLE revisions ALTER COLUMN snapshot TYPE json USING snapshot::json;
