-- 0012: the read model also keeps each article's list item (the JSON object GET /api/articles shows for it without a
-- full-text query), so a page of the list is its page of ids in the list's order plus one stored object per row,
-- instead of fifteen columns per row mapped and serialised on every read. A table of its own, not a column of
-- article_views: there it would sit behind the large bodies' overflow pages, and every item read would walk them.
-- `version` is the renderer's version (ArticleViews.Version), as in article_views; articles without a current item
-- are composed from their columns until the re-analysis renders them.
CREATE TABLE article_items (
    article_id INTEGER NOT NULL PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    item       BLOB    NOT NULL
);
