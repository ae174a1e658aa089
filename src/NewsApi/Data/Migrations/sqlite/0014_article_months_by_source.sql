-- 0014: the top sources (the overview) group article_months by source. Without an index in source order SQLite
-- grouped through a temporary B-tree on every read; with this covering index the grouping streams in index order.
CREATE INDEX ix_article_months_source ON article_months (source, articles);
