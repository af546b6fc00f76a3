-- A story's page and an actor's show their newest quotes. Read through an index in that order,
-- the newest few are found without sorting all of them first: at 100,000 incidents a story of
-- 1,559 quotes took 21 ms on PostgreSQL to find its newest eight, and takes 2.
CREATE INDEX quotes_story_said_idx ON quotes (story_id, said_on DESC NULLS LAST, id DESC);
CREATE INDEX quotes_actor_said_idx ON quotes (actor_id, said_on DESC NULLS LAST, id DESC);
