-- Each public claim with the side it speaks for: the actor's affiliation, or that one's own (the
-- Kremlin speaks for Russia; a minister for a ministry for a state), or the actor itself. Claims are
-- read side by side, two parties in two columns, not one column per speaker.
DROP VIEW public_claims;
CREATE VIEW public_claims AS
SELECT c.id, c.incident_id, i.story_id, i.slug AS incident_slug, i.title AS incident_title,
       c.actor_id, a.slug AS actor_slug, a.name AS actor_name, a.kind AS actor_kind,
       c.stance, c.text, c.said_on,
       c.status, c.created_at, c.updated_at,
       COALESCE(a3.id, a2.id, a.id) AS side_id,
       COALESCE(a3.slug, a2.slug, a.slug) AS side_slug,
       COALESCE(a3.name, a2.name, a.name) AS side_name
  FROM claims c
  JOIN public_incidents i ON i.id = c.incident_id
  JOIN actors a ON a.id = c.actor_id
  LEFT JOIN actors a2 ON a2.id = a.affiliation_id AND a2.archived_at IS NULL
  LEFT JOIN actors a3 ON a3.id = a2.affiliation_id AND a3.archived_at IS NULL
 WHERE c.archived_at IS NULL AND a.archived_at IS NULL;
