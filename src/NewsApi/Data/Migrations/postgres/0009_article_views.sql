-- 0009: the read model. For each article, the JSON bodies of its four per-article reads with default parameters
-- (GET /api/articles/{id}, /facts, /summary, /sentences), rendered in the transaction that stores the analysis, so
-- that such a read is one primary-key lookup whose bytes go to the response. `version` is the renderer's version
-- (ArticleViews.Version): a row of another version is never served, and the re-analysis renders it again.
-- Articles stored before this migration have no row until then; their reads are composed from the fact tables.
-- The bodies are JSON text already compressed by TOAST; storage EXTERNAL would skip that compression.
CREATE TABLE article_views (
    article_id bigint  NOT NULL PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version    integer NOT NULL,
    article    bytea   NOT NULL,
    facts      bytea   NOT NULL,
    summary    bytea   NOT NULL,
    sentences  bytea   NOT NULL
);
