-- Enrichment: what Apple Music and Spotify (per release) and Wikipedia (per artist) decided, and the collector's
-- overrides. Item ids are Discogs ids as the pages show them (a merged record's answered id); lookups by another id
-- of the same record go through discogs_ids. Source names are the --refresh/--source names.

-- One row per item and source once its stage has decided: 'matched', 'no_match' (nothing reached the source's
-- minimum confidence; the candidates say why) or 'skipped' (the collector forced "none"). Pending, failed and
-- dead-letter items have no decision yet: that state lives in stage_progress (see Storage/MatchStatus.cs).
CREATE TABLE enrichment_matches (
    source          TEXT    NOT NULL CHECK (source IN ('apple', 'spotify', 'wikipedia')),
    item_kind       TEXT    NOT NULL CHECK (item_kind IN ('release', 'artist')),
    item_id         INTEGER NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('matched', 'no_match', 'skipped')),
    method          TEXT    CHECK (method IN ('manual', 'barcode', 'link', 'crossref', 'search')),
    confidence      REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    match_id        TEXT,                        -- album id, or article title; NULL without a match
    match_url       TEXT,
    match_title     TEXT,
    candidates_json TEXT    NOT NULL DEFAULT '[]', -- [{id, title, artist, score}], best first
    model_json      TEXT,                        -- the kept fields (domain record, raw_json left empty)
    raw_json        TEXT,                        -- the matched object exactly as received, for audit
    decided_utc     TEXT    NOT NULL,
    PRIMARY KEY (source, item_kind, item_id),
    CHECK ((status = 'matched') = (match_id IS NOT NULL AND model_json IS NOT NULL)),
    CHECK ((source = 'wikipedia') = (item_kind = 'artist'))
);

-- What the collector decided, honoured by every later run and never touched by a refresh:
-- 'pin' (value: album id or article title), 'none' (no match wanted), 'search' (value: the search term),
-- 'image' (artwork only; value: an absolute file path or an http(s) URL).
CREATE TABLE enrichment_overrides (
    source    TEXT    NOT NULL CHECK (source IN ('apple', 'spotify', 'wikipedia', 'artwork')),
    item_kind TEXT    NOT NULL CHECK (item_kind IN ('release', 'artist')),
    item_id   INTEGER NOT NULL,
    kind      TEXT    NOT NULL CHECK (kind IN ('pin', 'none', 'search', 'image')),
    value     TEXT,
    set_utc   TEXT    NOT NULL,
    PRIMARY KEY (source, item_kind, item_id),
    CHECK ((kind = 'none') = (value IS NULL)),
    CHECK ((source = 'artwork') = (kind = 'image')),
    CHECK (source = 'artwork' OR (source = 'wikipedia') = (item_kind = 'artist'))
);
