-- Artwork: originals kept content-addressed, what each image URL gave, the resized files, and each item's image.
-- Files live under <state>/artwork/ (originals/ab/<sha256>.<ext>, renditions/ab/<key>.<ext>); these rows describe them.

-- One row per original image, keyed by the SHA-256 of its bytes: the same image from two URLs is kept once.
CREATE TABLE artwork_originals (
    sha256     TEXT    PRIMARY KEY,
    format     TEXT    NOT NULL,                 -- from the magic bytes: jpeg, png, webp, gif, tiff
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    bytes      INTEGER NOT NULL,
    colour     TEXT,                             -- dominant colour "#rrggbb", once resized
    stored_utc TEXT    NOT NULL
);

-- What a URL gave last time: a URL here is never fetched again unless refreshed, and then conditionally.
CREATE TABLE artwork_downloads (
    url           TEXT PRIMARY KEY,
    sha256        TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    fetched_utc   TEXT NOT NULL
);
CREATE INDEX ix_artwork_downloads_sha ON artwork_downloads (sha256);

-- Resized files, keyed by everything that decides their bytes (original, long edge, format, quality, processor).
CREATE TABLE artwork_renditions (
    rendition_key  TEXT    PRIMARY KEY,
    sha256         TEXT    NOT NULL,             -- the original
    long_edge      INTEGER NOT NULL,
    format         TEXT    NOT NULL CHECK (format IN ('jpeg', 'webp')),
    quality        INTEGER NOT NULL,
    width          INTEGER NOT NULL,
    height         INTEGER NOT NULL,
    bytes          INTEGER NOT NULL,
    content_sha256 TEXT    NOT NULL              -- of the file's bytes: the site writer's fingerprint
);
CREATE INDEX ix_artwork_renditions_sha ON artwork_renditions (sha256);

-- The image a release (cover) or an artist has now: the winning source, where it came from, the sources that
-- failed before it, and a hash of the candidates and settings it was made from (unchanged: nothing to do).
CREATE TABLE artwork_items (
    item_kind     TEXT    NOT NULL CHECK (item_kind IN ('release', 'artist')),
    item_id       INTEGER NOT NULL,
    source        TEXT    NOT NULL,
    origin        TEXT    NOT NULL,
    sha256        TEXT    NOT NULL,
    input_hash    TEXT    NOT NULL,
    failures_json TEXT    NOT NULL DEFAULT '[]',
    updated_utc   TEXT    NOT NULL,
    PRIMARY KEY (item_kind, item_id)
);

-- The item's files: one per configured size (slot, the number in "cover-600.webp") and format.
CREATE TABLE artwork_item_files (
    item_kind     TEXT    NOT NULL,
    item_id       INTEGER NOT NULL,
    slot          INTEGER NOT NULL,
    format        TEXT    NOT NULL,
    rendition_key TEXT    NOT NULL,
    PRIMARY KEY (item_kind, item_id, slot, format)
);
CREATE INDEX ix_artwork_item_files_key ON artwork_item_files (rendition_key);
