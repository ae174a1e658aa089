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

-- The change counter every NewsApi write transaction moves last (PostgreSQL has had it since its baseline). The
-- service's cache watcher reads it: a value that this process did not commit means another process wrote (a bulk
-- import, another instance on the same file), and only then are the cached answers about every article dropped.
CREATE TABLE store_version (
    id      INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO store_version (id, version) VALUES (1, 0);
