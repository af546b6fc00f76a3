-- What makes every list as fast at 100,000 incidents as at 1,000: facts that were worked out on
-- every read are now kept, written when what they depend on is saved, and indexed.

-- An incident is contested when its verification says a party contradicts it, or when two
-- different actors' claims disagree (one denies, or each blames). Saving claims updates it.
ALTER TABLE incidents ADD COLUMN contested BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE incidents SET contested = (verification = 'disputed' OR EXISTS (
    SELECT 1 FROM claims a JOIN claims b
      ON b.incident_id = a.incident_id AND b.actor_id <> a.actor_id AND b.archived_at IS NULL
   WHERE a.incident_id = incidents.id AND a.archived_at IS NULL
     AND (a.stance = 'denies' OR (a.stance = 'blames' AND b.stance = 'blames'))));
-- Stories are joined on the left so that the incidents, and their indexes, lead every query:
-- H2 would otherwise start from the few stories and sort every incident.
CREATE OR REPLACE VIEW public_incidents AS
SELECT i.id, i.story_id, i.slug, i.title, i.type, i.occurred_on, i.precision, i.place_id,
       i.summary, i.verification, i.ends_on, i.violates_id, i.created_at, i.updated_at,
       s.slug AS story_slug, s.title AS story_title,
       p.slug AS place_slug, p.name AS place_name, p.country AS place_country,
       p.latitude, p.longitude, i.contested
  FROM incidents i
  LEFT JOIN stories s ON s.id = i.story_id
  LEFT JOIN places p ON p.id = i.place_id AND p.archived_at IS NULL
 WHERE i.archived_at IS NULL AND s.archived_at IS NULL AND s.status = 'published';
CREATE INDEX incidents_contested_idx ON incidents (contested, occurred_on, id);
-- The pairs of the list's coarse filters, so that neither has to be scanned for the other.
CREATE INDEX incidents_type_verification_idx ON incidents (type, verification, occurred_on, id);
CREATE INDEX incidents_type_contested_idx ON incidents (type, contested, occurred_on, id);
CREATE INDEX incidents_verification_contested_idx
  ON incidents (verification, contested, occurred_on, id);

-- A story's count of public incidents and the time of its last change, kept on the story so
-- that the home page and the feeds need not work them out from every incident.
ALTER TABLE stories ADD COLUMN incident_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE stories ADD COLUMN last_change_at TIMESTAMP WITH TIME ZONE;
UPDATE stories SET
  incident_count = (SELECT COUNT(*) FROM public_incidents p WHERE p.story_id = stories.id),
  last_change_at = (SELECT u.last_updated_at FROM story_updates u WHERE u.story_id = stories.id);
UPDATE stories SET last_change_at = updated_at WHERE last_change_at IS NULL;
DROP VIEW story_updates;
CREATE INDEX stories_last_change_idx ON stories (last_change_at, id);

-- What a revision concerns, stored when it is written: the incident (its own, a claim's or a
-- quote's), that incident's place, and every actor involved, so that the change logs and
-- feeds of one incident, place or actor read an index instead of every revision.
ALTER TABLE revisions ADD COLUMN incident_id BIGINT;
ALTER TABLE revisions ADD COLUMN place_id BIGINT;
UPDATE revisions SET incident_id = entity_id WHERE entity_type = 'incident';
UPDATE revisions SET incident_id = (SELECT c.incident_id FROM claims c WHERE c.id = revisions.entity_id)
 WHERE entity_type = 'claim';
UPDATE revisions SET incident_id = (SELECT q.incident_id FROM quotes q WHERE q.id = revisions.entity_id)
 WHERE entity_type = 'quote';
UPDATE revisions SET place_id = (SELECT i.place_id FROM incidents i WHERE i.id = revisions.incident_id)
 WHERE incident_id IS NOT NULL;
CREATE INDEX revisions_incident_idx ON revisions (incident_id, at);
CREATE INDEX revisions_place_idx ON revisions (place_id, at);

CREATE TABLE revision_actors (
  revision_id BIGINT NOT NULL,
  actor_id    BIGINT NOT NULL,
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT revision_actors_pk PRIMARY KEY (revision_id, actor_id),
  CONSTRAINT revision_actors_revision_fk FOREIGN KEY (revision_id) REFERENCES revisions (id)
);
CREATE INDEX revision_actors_actor_idx ON revision_actors (actor_id, at, revision_id);
INSERT INTO revision_actors (revision_id, actor_id, at)
SELECT r.id, ia.actor_id, r.at
  FROM revisions r JOIN (SELECT DISTINCT incident_id, actor_id FROM incident_actors) ia
    ON ia.incident_id = r.incident_id;
INSERT INTO revision_actors (revision_id, actor_id, at)
SELECT r.id, c.actor_id, r.at FROM revisions r JOIN claims c ON c.id = r.entity_id
 WHERE r.entity_type = 'claim' AND NOT EXISTS (
   SELECT 1 FROM revision_actors x WHERE x.revision_id = r.id AND x.actor_id = c.actor_id);
INSERT INTO revision_actors (revision_id, actor_id, at)
SELECT r.id, q.actor_id, r.at FROM revisions r JOIN quotes q ON q.id = r.entity_id
 WHERE r.entity_type = 'quote' AND NOT EXISTS (
   SELECT 1 FROM revision_actors x WHERE x.revision_id = r.id AND x.actor_id = q.actor_id);

-- The public change log reads what a revision concerns from the revision itself.
DROP VIEW change_log;
CREATE VIEW change_log AS
SELECT r.id, r.entity_type, r.entity_id, r.story_id, r.version, r.at, r.action, r.kind,
       r.headline, r.note, i.id AS incident_id, i.slug AS incident_slug, r.place_id
  FROM revisions r
  LEFT JOIN public_incidents i ON i.id = r.incident_id
 WHERE r.entity_type IN ('story', 'incident', 'claim', 'quote') AND r.story_id IS NOT NULL;

-- The words of every story, actor, place and incident, folded (lower case, no accents), with a
-- weight: 3 for a word of the title or name, 1 for one found elsewhere. Search ranks in SQL over
-- this index, reading each word's best postings first.
CREATE TABLE search_terms (
  term        VARCHAR(60) NOT NULL,
  entity_type VARCHAR(12) NOT NULL,
  entity_id   BIGINT      NOT NULL,
  weight      INTEGER     NOT NULL,
  CONSTRAINT search_terms_pk PRIMARY KEY (entity_type, entity_id, term)
);
CREATE INDEX search_terms_term_idx
  ON search_terms (term, entity_type, weight DESC, entity_id DESC);

-- Every committed write to what readers see moves this counter (see the vendor migrations'
-- triggers); cached pages are kept under it, so none outlives a save.
CREATE TABLE change_counter (
  id    INTEGER PRIMARY KEY,
  changes BIGINT NOT NULL
);
INSERT INTO change_counter (id, changes) VALUES (1, 0);

-- When each feed's current body was first served: its Last-Modified, which moves only when the
-- body does, and never back to a second an earlier body was sent with.
CREATE TABLE representations (
  resource      VARCHAR(600) PRIMARY KEY,
  etag          VARCHAR(64)  NOT NULL,
  last_modified TIMESTAMP WITH TIME ZONE NOT NULL,
  seen_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX representations_seen_idx ON representations (seen_at);
