-- A story that has run its course says so, and since when; until then it is developing.
ALTER TABLE stories ADD COLUMN concluded_on DATE;
