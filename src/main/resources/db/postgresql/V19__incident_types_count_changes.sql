-- A rename or a new colour changes every page that shows the type: it moves the change counter.
CREATE TRIGGER incident_types_count_changes
  BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON incident_types
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
