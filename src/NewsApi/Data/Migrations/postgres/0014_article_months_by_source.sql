-- 0014: the top sources (the overview) group article_months by source_key; this covering index lets PostgreSQL
-- group in index order (an index-only scan) where it judges that cheaper than hashing every month row. The index
-- exists on both stores so that the migration numbers stay paired; the gain was measured on SQLite only.
CREATE INDEX ix_article_months_source ON article_months (source_key) INCLUDE (source, articles);
