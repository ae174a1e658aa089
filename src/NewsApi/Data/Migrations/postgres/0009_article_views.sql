-- 0009: the read model. For each article, the JSON bodies of its four per-article reads with default parameters
-- (GET /api/articles/{id}, /facts, /summary, /sentences), rendered in the transaction that stores the analysis, so
-- that such a read is one primary-key lookup whose bytes go to the response. `version` is the renderer's version
-- (ArticleViews.Version): a row of another version is never served, and the re-analysis renders it again.
-- Articles stored before this migration have no row until then; their reads are composed from the fact tables.
-- The bodies are compressed by TOAST (lz4 where the server has it, below).
CREATE TABLE article_views (
    article_id bigint  NOT NULL PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version    integer NOT NULL,
    article    bytea   NOT NULL,
    facts      bytea   NOT NULL,
    summary    bytea   NOT NULL,
    sentences  bytea   NOT NULL
);

-- lz4 compresses the bodies several times faster than the default pglz, at a similar ratio on JSON; a server built
-- without lz4 keeps pglz (the columns are then simply left as they are).
DO $$
BEGIN
    ALTER TABLE article_views ALTER COLUMN article SET COMPRESSION lz4, ALTER COLUMN facts SET COMPRESSION lz4,
        ALTER COLUMN summary SET COMPRESSION lz4, ALTER COLUMN sentences SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    RAISE NOTICE 'lz4 is not available: article_views keeps the default compression';
END
$$;
