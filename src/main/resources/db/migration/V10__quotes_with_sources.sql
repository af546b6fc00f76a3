-- Readers see where a quote comes from: its first cited source (title, publisher, address) and how
-- many it has, beside the day it was said. Only web addresses are linked, as Source.link() does.
DROP VIEW public_quotes;
CREATE VIEW public_quotes AS
SELECT q.id, q.story_id, s.slug AS story_slug, s.title AS story_title,
       i.id AS incident_id, i.slug AS incident_slug, i.title AS incident_title,
       q.actor_id, a.slug AS actor_slug, a.name AS actor_name, a.role AS actor_position,
       q.text, q.said_on, q.context, q.created_at, q.updated_at,
       (SELECT src.title FROM quote_sources qs JOIN sources src ON src.id = qs.source_id
         WHERE qs.quote_id = q.id AND src.archived_at IS NULL
         ORDER BY src.id FETCH FIRST 1 ROWS ONLY) AS source_title,
       (SELECT CASE WHEN LOWER(TRIM(src.url)) LIKE 'https://%' OR LOWER(TRIM(src.url)) LIKE 'http://%'
                    THEN TRIM(src.url) END
          FROM quote_sources qs JOIN sources src ON src.id = qs.source_id
         WHERE qs.quote_id = q.id AND src.archived_at IS NULL
         ORDER BY src.id FETCH FIRST 1 ROWS ONLY) AS source_url,
       (SELECT COUNT(*) FROM quote_sources qs JOIN sources src ON src.id = qs.source_id
         WHERE qs.quote_id = q.id AND src.archived_at IS NULL) AS source_count
  FROM quotes q
  JOIN stories s ON s.id = q.story_id
  JOIN actors a ON a.id = q.actor_id
  LEFT JOIN public_incidents i ON i.id = q.incident_id
 WHERE q.archived_at IS NULL AND a.archived_at IS NULL
   AND s.status = 'published' AND s.archived_at IS NULL;
