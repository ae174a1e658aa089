-- 0013: articles per publication month and source, kept by triggers beside article_days (0004). The total count, the
-- top sources and an open timeline by month read one row per month and source instead of one per day and source
-- (a newsroom with 50 sources over ten years has 180,000 day rows and 6,000 month rows). A month is 'yyyy-MM' of the
-- UTC publication time; undated articles count under ''. Sources compare case-insensitively, as in article_days.
CREATE TABLE article_months (
    month    TEXT    NOT NULL,
    source   TEXT    NOT NULL COLLATE NOCASE,
    articles INTEGER NOT NULL,
    PRIMARY KEY (month, source)
) WITHOUT ROWID;

INSERT INTO article_months (month, source, articles)
SELECT substr(day, 1, 7), source, sum(articles)
FROM article_days
GROUP BY 1, 2;

CREATE TRIGGER article_months_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_months (month, source, articles)
    VALUES (coalesce(substr(new.published_at, 1, 7), ''), coalesce(new.source, ''), 1)
    ON CONFLICT (month, source) DO UPDATE SET articles = articles + 1;
END;

CREATE TRIGGER article_months_delete AFTER DELETE ON articles BEGIN
    UPDATE article_months SET articles = articles - 1
    WHERE month = coalesce(substr(old.published_at, 1, 7), '') AND source = coalesce(old.source, '');
    DELETE FROM article_months
    WHERE month = coalesce(substr(old.published_at, 1, 7), '') AND source = coalesce(old.source, '') AND articles <= 0;
END;

CREATE TRIGGER article_months_update AFTER UPDATE OF published_at, source ON articles
WHEN coalesce(substr(old.published_at, 1, 7), '') IS NOT coalesce(substr(new.published_at, 1, 7), '') OR old.source IS NOT new.source BEGIN
    UPDATE article_months SET articles = articles - 1
    WHERE month = coalesce(substr(old.published_at, 1, 7), '') AND source = coalesce(old.source, '');
    DELETE FROM article_months
    WHERE month = coalesce(substr(old.published_at, 1, 7), '') AND source = coalesce(old.source, '') AND articles <= 0;
    INSERT INTO article_months (month, source, articles)
    VALUES (coalesce(substr(new.published_at, 1, 7), ''), coalesce(new.source, ''), 1)
    ON CONFLICT (month, source) DO UPDATE SET articles = articles + 1;
END;
