-- Every statement that writes what readers see moves the change counter first, inside its own
-- transaction: the counter's new value becomes visible exactly when the write commits. Firing
-- before the statement takes the counter's lock before any row's, so writers cannot deadlock.
CREATE FUNCTION count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE change_counter SET changes = changes + 1 WHERE id = 1;
  RETURN NULL;
END
$$;
CREATE TRIGGER stories_count_changes BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON stories
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
CREATE TRIGGER actors_count_changes BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON actors
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
CREATE TRIGGER places_count_changes BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON places
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
CREATE TRIGGER sources_count_changes BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON sources
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
CREATE TRIGGER incidents_count_changes BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON incidents
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
CREATE TRIGGER incident_actors_count_changes BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON incident_actors
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
CREATE TRIGGER claims_count_changes BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON claims
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
CREATE TRIGGER quotes_count_changes BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON quotes
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
CREATE TRIGGER incident_sources_count_changes BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON incident_sources
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
CREATE TRIGGER claim_sources_count_changes BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON claim_sources
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
CREATE TRIGGER quote_sources_count_changes BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON quote_sources
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
CREATE TRIGGER revisions_count_changes BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON revisions
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
CREATE TRIGGER slug_redirects_count_changes BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON slug_redirects
  FOR EACH STATEMENT EXECUTE FUNCTION count_change();
