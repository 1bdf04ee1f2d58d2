-- Many sources, one pipeline: per-item progress for any kind of item (releases, artists, ...), retries on
-- the next run with a dead-letter status, and the message a run ended with.

-- Resumability is a row keyed by ids: (stage, item) says what is done, what failed in how many runs in a
-- row, and what was given up on ('dead_letter': left alone until `retry` or --retry-failed brings it
-- back). item_kind says what item_id is ('release', 'artist'), so a release's rows can be matched to the
-- collection. A failed item has no next-attempt time any more: it is tried again on the next run.
CREATE TABLE stage_progress (
    stage       TEXT    NOT NULL,
    item_kind   TEXT    NOT NULL,
    item_id     INTEGER NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('done', 'not_found', 'failed', 'dead_letter')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    updated_utc TEXT    NOT NULL,
    PRIMARY KEY (stage, item_id)
);
CREATE INDEX ix_stage_progress_status ON stage_progress (status, stage);

-- Stage keys are kept as they shipped (discogs.release, discogs.master): progress is stored under them.
INSERT INTO stage_progress (stage, item_kind, item_id, status, attempts, last_error, updated_utc)
SELECT stage, 'release', release_id, status, attempts, last_error, updated_utc
FROM release_stage
WHERE stage <> 'discogs.artists';

-- discogs.artists now works artist by artist instead of release by release: every cached artist (fetched,
-- or a remembered 404) is done as of its fetch time, so --refresh still finds it stale; the rest are
-- fetched on the next run.
INSERT INTO stage_progress (stage, item_kind, item_id, status, attempts, last_error, updated_utc)
SELECT 'discogs.artists', 'artist', artist_id, 'done', 0, NULL, fetched_utc
FROM artists;

DROP TABLE release_stage;

-- outcome gains 'crashed' (an unexpected exception); message is the one line the run ended with.
ALTER TABLE runs ADD COLUMN message TEXT;
