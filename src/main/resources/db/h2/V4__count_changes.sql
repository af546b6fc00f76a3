-- Every statement that writes what readers see moves the change counter first, inside its own
-- transaction: the counter's new value becomes visible exactly when the write commits. Firing
-- before the statement takes the counter's lock before any row's, so writers cannot deadlock.
CREATE TRIGGER stories_count_changes BEFORE INSERT, UPDATE, DELETE ON stories
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
CREATE TRIGGER actors_count_changes BEFORE INSERT, UPDATE, DELETE ON actors
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
CREATE TRIGGER places_count_changes BEFORE INSERT, UPDATE, DELETE ON places
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
CREATE TRIGGER sources_count_changes BEFORE INSERT, UPDATE, DELETE ON sources
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
CREATE TRIGGER incidents_count_changes BEFORE INSERT, UPDATE, DELETE ON incidents
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
CREATE TRIGGER incident_actors_count_changes BEFORE INSERT, UPDATE, DELETE ON incident_actors
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
CREATE TRIGGER claims_count_changes BEFORE INSERT, UPDATE, DELETE ON claims
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
CREATE TRIGGER quotes_count_changes BEFORE INSERT, UPDATE, DELETE ON quotes
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
CREATE TRIGGER incident_sources_count_changes BEFORE INSERT, UPDATE, DELETE ON incident_sources
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
CREATE TRIGGER claim_sources_count_changes BEFORE INSERT, UPDATE, DELETE ON claim_sources
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
CREATE TRIGGER quote_sources_count_changes BEFORE INSERT, UPDATE, DELETE ON quote_sources
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
CREATE TRIGGER revisions_count_changes BEFORE INSERT, UPDATE, DELETE ON revisions
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
CREATE TRIGGER slug_redirects_count_changes BEFORE INSERT, UPDATE, DELETE ON slug_redirects
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
