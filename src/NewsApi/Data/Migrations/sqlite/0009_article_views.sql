-- 0009: the read model. For each article, the JSON bodies of its four per-article reads with default parameters
-- (GET /api/articles/{id}, /facts, /summary, /sentences), rendered in the transaction that stores the analysis, so
-- that such a read is one primary-key lookup whose bytes go to the response. `version` is the renderer's version
-- (ArticleViews.Version): a row of another version is never served, and the re-analysis renders it again.
-- Articles stored before this migration have no row until then; their reads are composed from the fact tables.
CREATE TABLE article_views (
    article_id INTEGER NOT NULL PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    article    BLOB    NOT NULL,
    facts      BLOB    NOT NULL,
    summary    BLOB    NOT NULL,
    sentences  BLOB    NOT NULL
);
