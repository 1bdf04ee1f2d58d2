-- The collector's display fields for an album page (admin UI): a title and an artist credit shown instead of
-- Discogs', and notes shown instead of the release notes. NULL keeps Discogs' value. Keyed by the release id the
-- page shows. version goes up by one on every write: an edit carries the version it was made from and is refused
-- when another edit landed first (no lost update). Never touched by a run or --refresh.
CREATE TABLE display_overrides (
    release_id  INTEGER PRIMARY KEY,
    title       TEXT,
    artist      TEXT,
    notes       TEXT,
    version     INTEGER NOT NULL CHECK (version >= 1),
    updated_utc TEXT    NOT NULL
);
