-- Readers' change logs and feeds begin at a story's publication: what editors did while it was a
-- draft (entries added, withdrawn, corrected) is folded into the one entry that published it, and
-- every change after that is public as before. A story created already published starts there.
DROP VIEW change_log;
CREATE VIEW change_log AS
SELECT r.id, r.entity_type, r.entity_id, r.story_id, r.version, r.at, r.action, r.kind,
       r.headline, r.note, i.id AS incident_id, i.slug AS incident_slug, r.place_id
  FROM revisions r
  JOIN stories s ON s.id = r.story_id
  LEFT JOIN public_incidents i ON i.id = r.incident_id
 WHERE r.entity_type IN ('story', 'incident', 'claim', 'quote')
   AND s.published_at IS NOT NULL AND r.at >= s.published_at;
