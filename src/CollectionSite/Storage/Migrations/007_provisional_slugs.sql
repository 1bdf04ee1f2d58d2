-- A slug allocated for a page built from the collection listing alone (release details not fetched yet) is pinned:
-- when the details arrive, the page keeps it whatever title and artists they give, so its URL never moves.
ALTER TABLE render_slugs ADD COLUMN provisional INTEGER NOT NULL DEFAULT 0;
