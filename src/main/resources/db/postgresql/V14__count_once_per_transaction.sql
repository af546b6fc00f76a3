-- The change counter moves once per writing transaction instead of once per statement. Each
-- update of its one row leaves a version of it that the rest of the transaction must step over,
-- so a transaction of many statements (the seed, a generated site, a copy) slowed down as it went:
-- generating 100,000 incidents managed 40 a second, and fewer as it went on. A transaction-local
-- setting remembers that this transaction has counted; it is undone with the transaction, and
-- with a savepoint rolled back. The first write still takes the counter's lock before any row's.
CREATE OR REPLACE FUNCTION count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('storyline.counted', true) IS DISTINCT FROM 'yes' THEN
    UPDATE change_counter SET changes = changes + 1 WHERE id = 1;
    PERFORM set_config('storyline.counted', 'yes', true);
  END IF;
  RETURN NULL;
END
$$;
