-- What Discogs answers is not always what was asked for.

-- Discogs merges duplicates: GET /releases/301 may answer the surviving record, "id": 302. The record is stored
-- once, under the id it answered with; asking by the old id finds it through this table. One row per id that
-- was asked and answered under another; chains are kept flat (asked -> the newest answer).
CREATE TABLE discogs_ids (
    kind         TEXT    NOT NULL CHECK (kind IN ('release', 'master', 'artist')),
    asked_id     INTEGER NOT NULL,
    answered_id  INTEGER NOT NULL,
    recorded_utc TEXT    NOT NULL,
    PRIMARY KEY (kind, asked_id)
);
CREATE INDEX ix_discogs_ids_answered ON discogs_ids (kind, answered_id);

-- The listing's basic_information (title, artists, labels, formats, year, cover URLs) per copy: what a page is
-- built from when the release itself answers 404 (gone from Discogs). NULL until the next complete listing.
ALTER TABLE collection_items ADD COLUMN basic_json TEXT;
