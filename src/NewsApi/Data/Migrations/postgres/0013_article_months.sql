-- 0013: articles per publication month and source, kept beside article_days by the same statement-level deltas. The
-- total count, the top sources and an open timeline by month read one row per month and source instead of one per
-- day and source (a newsroom with 50 sources over ten years has 180,000 day rows and 6,000 month rows). A month is
-- 'yyyy-MM' of the UTC publication time; undated articles count under ''.
CREATE TABLE article_months (
    month      text COLLATE "C" NOT NULL,
    source_key text COLLATE "C" NOT NULL,
    source     text COLLATE "C" NOT NULL,
    articles   bigint NOT NULL,
    PRIMARY KEY (month, source_key)
);

INSERT INTO article_months (month, source_key, source, articles)
SELECT substr(day, 1, 7), source_key, min(source), sum(articles)
FROM article_days
GROUP BY 1, 2;

-- Applies article-count changes per (day, source) and per (month, source): each table's upsert in key order, then the
-- removal of emptied rows. Concurrent writers take the rows in the same order, so they wait rather than deadlock.
CREATE OR REPLACE FUNCTION newsapi_article_day_deltas(days text[], keys text[], sources text[], deltas bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_days (day, source_key, source, articles)
    SELECT d.day, d.source_key, min(d.source), sum(d.delta)
    FROM unnest(days, keys, sources, deltas) AS d(day, source_key, source, delta)
    GROUP BY d.day, d.source_key
    HAVING sum(d.delta) <> 0
    ORDER BY d.day, d.source_key
    ON CONFLICT (day, source_key) DO UPDATE SET articles = article_days.articles + excluded.articles;
    DELETE FROM article_days a
    USING unnest(days, keys) AS d(day, source_key)
    WHERE a.day = d.day AND a.source_key = d.source_key AND a.articles <= 0;

    INSERT INTO article_months (month, source_key, source, articles)
    SELECT substr(d.day, 1, 7), d.source_key, min(d.source), sum(d.delta)
    FROM unnest(days, keys, sources, deltas) AS d(day, source_key, source, delta)
    GROUP BY 1, 2
    HAVING sum(d.delta) <> 0
    ORDER BY 1, 2
    ON CONFLICT (month, source_key) DO UPDATE SET articles = article_months.articles + excluded.articles;
    DELETE FROM article_months m
    USING unnest(days, keys) AS d(day, source_key)
    WHERE m.month = substr(d.day, 1, 7) AND m.source_key = d.source_key AND m.articles <= 0;
END $$;
