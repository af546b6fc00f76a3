-- A rename or a new colour changes every page that shows the type: it moves the change counter.
CREATE TRIGGER incident_types_count_changes BEFORE INSERT, UPDATE, DELETE ON incident_types
  FOR EACH STATEMENT CALL 'storyline.db.CountChanges';
