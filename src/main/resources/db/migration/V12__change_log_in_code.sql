-- The public change log is written out in each query (storyline.revision.PublicChanges) instead of
-- kept as a view: H2 evaluates a view whole before the outer query sorts and limits it, and the
-- view joined another view, so at 100,000 incidents an incident's change log or the site's feed
-- read every revision (160,000 rows, seconds) to show twenty.
DROP VIEW change_log;
