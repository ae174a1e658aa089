-- 0012: the read model also keeps each article's list item (the JSON object GET /api/articles shows for it without a
-- full-text query), so a page of the list is its page of ids in the list's order plus one stored object per row,
-- instead of fifteen columns per row mapped and serialised on every read. A table of its own, as on SQLite, so that
-- reading the items of a page touches small rows only. `version` is the renderer's version (ArticleViews.Version);
-- articles without a current item are composed from their columns until the re-analysis renders them.
CREATE TABLE article_items (
    article_id bigint  NOT NULL PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version    integer NOT NULL,
    item       bytea   NOT NULL
);
