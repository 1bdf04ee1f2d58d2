-- Rendering state: stable slugs, per-page lastmod, and the files the renderer owns.

-- Current slug per entity of a kind ('albums', 'artists', 'labels', ...). base_slug is the slug the title
-- gave when it was assigned: a title that still gives it keeps the slug, a new one gets a new slug.
CREATE TABLE render_slugs (
    kind       TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    slug       TEXT NOT NULL,
    base_slug  TEXT NOT NULL,
    PRIMARY KEY (kind, entity_key)
);
CREATE UNIQUE INDEX ux_render_slugs_slug ON render_slugs (kind, slug);

-- Slugs an entity had before a rename: written as aliases (redirects) and never given to another entity.
CREATE TABLE render_slug_aliases (
    kind       TEXT NOT NULL,
    slug       TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    PRIMARY KEY (kind, slug)
);

-- lastmod changes only when the page's data hash changes, so re-renders of the same data are byte-identical.
CREATE TABLE render_pages (
    page_key    TEXT PRIMARY KEY,
    data_hash   TEXT NOT NULL,
    lastmod_utc TEXT NOT NULL
);

-- Files the renderer wrote (paths relative to the site root, '/'-separated). Only these are ever
-- overwritten or deleted; a file at a target path that is not listed here belongs to someone else.
CREATE TABLE render_files (
    path         TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL
);
