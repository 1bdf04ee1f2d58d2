-- Collection, Discogs caches, per-release stage progress and run history.
-- Times are UTC ISO-8601 strings ("yyyy-MM-ddTHH:mm:ss.fffZ") so they sort as text.

CREATE TABLE collection_items (
    instance_id   INTEGER PRIMARY KEY,           -- one row per owned copy
    release_id    INTEGER NOT NULL,
    folder_id     INTEGER NOT NULL,
    date_added    TEXT    NOT NULL,
    rating        INTEGER NOT NULL DEFAULT 0,
    notes_json    TEXT    NOT NULL DEFAULT '[]',
    first_seen_utc TEXT   NOT NULL,
    removed_utc   TEXT                           -- set only after a complete, coherent listing lacked it
);
CREATE INDEX ix_collection_items_release ON collection_items (release_id);

CREATE TABLE releases (
    release_id  INTEGER PRIMARY KEY,
    title       TEXT    NOT NULL,
    master_id   INTEGER,
    year        INTEGER,
    raw_json    TEXT    NOT NULL,                -- exactly what Discogs returned
    model_json  TEXT    NOT NULL,                -- the mapped domain record later stages read
    fetched_utc TEXT    NOT NULL
);

-- Masters and artists are fetched once and shared by every release that points at them.
-- status 'not_found' remembers a 404 so it is never asked again.
CREATE TABLE masters (
    master_id   INTEGER PRIMARY KEY,
    status      TEXT    NOT NULL CHECK (status IN ('ok', 'not_found')),
    year        INTEGER,
    raw_json    TEXT,
    model_json  TEXT,
    fetched_utc TEXT    NOT NULL
);

CREATE TABLE artists (
    artist_id   INTEGER PRIMARY KEY,
    status      TEXT    NOT NULL CHECK (status IN ('ok', 'not_found')),
    name        TEXT,
    raw_json    TEXT,
    model_json  TEXT,
    fetched_utc TEXT    NOT NULL
);

CREATE TABLE skip_list (
    release_id INTEGER PRIMARY KEY,
    reason     TEXT,
    added_utc  TEXT NOT NULL
);

-- Resumability is a row, keyed by ids: (release, stage) says what is done, what failed and when to retry.
CREATE TABLE release_stage (
    release_id       INTEGER NOT NULL,
    stage            TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('done', 'not_found', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    next_attempt_utc TEXT,
    input_hash       TEXT,
    updated_utc      TEXT    NOT NULL,
    PRIMARY KEY (release_id, stage)
);
CREATE INDEX ix_release_stage_stage_status ON release_stage (stage, status);

CREATE TABLE runs (
    run_id      INTEGER PRIMARY KEY AUTOINCREMENT,
    command     TEXT NOT NULL,
    started_utc TEXT NOT NULL,
    ended_utc   TEXT,
    outcome     TEXT,                            -- completed, completed_with_failures, aborted, interrupted
    counts_json TEXT
);

-- Small named values: e.g. the time before which cached Discogs data counts as stale (--refresh).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
