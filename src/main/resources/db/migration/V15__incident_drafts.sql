-- Incidents, like stories, are drafts until an editor publishes them: an incident saved half-entered
-- into a story readers follow stays out of every reader's page, list, feed, export and search until
-- it is published. published_at is when it was first published (null: a draft); readers' change
-- logs show an incident's history from then on, as they show a story's from its publication.
-- Incidents already saved were published when they were created.
ALTER TABLE incidents ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
UPDATE incidents SET published_at = created_at;

CREATE OR REPLACE VIEW public_incidents AS
SELECT i.id, i.story_id, i.slug, i.title, i.type, i.occurred_on, i.precision, i.place_id,
       i.summary, i.verification, i.ends_on, i.violates_id, i.created_at, i.updated_at,
       s.slug AS story_slug, s.title AS story_title,
       p.slug AS place_slug, p.name AS place_name, p.country AS place_country,
       p.latitude, p.longitude, i.contested
  FROM incidents i
  LEFT JOIN stories s ON s.id = i.story_id
  LEFT JOIN places p ON p.id = i.place_id AND p.archived_at IS NULL
 WHERE i.archived_at IS NULL AND i.published_at IS NOT NULL
   AND s.archived_at IS NULL AND s.status = 'published';
