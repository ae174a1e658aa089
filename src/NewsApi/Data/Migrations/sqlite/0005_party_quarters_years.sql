-- 0005: party counts per quarter and per year, so a party window of months or years reads one row per party for each
-- whole quarter or year in it instead of one per month (or per day). They are sums of party_months rows, kept by
-- triggers on party_months: every change there (through the triggers of 0004) passes on its difference.
-- Quarters are keyed 'yyyy-Qn', years 'yyyy'.

CREATE TABLE party_quarters (
    quarter  TEXT    NOT NULL,
    party_id INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (quarter, party_id)
) WITHOUT ROWID;

CREATE TABLE party_years (
    year     TEXT    NOT NULL,
    party_id INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (year, party_id)
) WITHOUT ROWID;

INSERT INTO party_quarters (quarter, party_id, articles, mentions)
SELECT substr(month, 1, 4) || '-Q' || ((CAST(substr(month, 6, 2) AS INTEGER) + 2) / 3), party_id, sum(articles), sum(mentions)
FROM party_months
GROUP BY 1, 2;

INSERT INTO party_years (year, party_id, articles, mentions)
SELECT substr(month, 1, 4), party_id, sum(articles), sum(mentions)
FROM party_months
GROUP BY 1, 2;

CREATE TRIGGER party_months_insert AFTER INSERT ON party_months BEGIN
    INSERT INTO party_quarters (quarter, party_id, articles, mentions)
    VALUES (substr(new.month, 1, 4) || '-Q' || ((CAST(substr(new.month, 6, 2) AS INTEGER) + 2) / 3), new.party_id, new.articles, new.mentions)
    ON CONFLICT (quarter, party_id) DO UPDATE SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions;
    INSERT INTO party_years (year, party_id, articles, mentions)
    VALUES (substr(new.month, 1, 4), new.party_id, new.articles, new.mentions)
    ON CONFLICT (year, party_id) DO UPDATE SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions;
END;

-- 0004's triggers never change a row's month or party, only its counts.
CREATE TRIGGER party_months_update AFTER UPDATE OF articles, mentions ON party_months BEGIN
    UPDATE party_quarters
    SET articles = articles + new.articles - old.articles, mentions = mentions + new.mentions - old.mentions
    WHERE quarter = substr(new.month, 1, 4) || '-Q' || ((CAST(substr(new.month, 6, 2) AS INTEGER) + 2) / 3) AND party_id = new.party_id;
    UPDATE party_years
    SET articles = articles + new.articles - old.articles, mentions = mentions + new.mentions - old.mentions
    WHERE year = substr(new.month, 1, 4) AND party_id = new.party_id;
END;

-- 0004 deletes a month row once its count reaches zero; the quarter and year rows go when theirs does.
CREATE TRIGGER party_months_delete AFTER DELETE ON party_months BEGIN
    UPDATE party_quarters
    SET articles = articles - old.articles, mentions = mentions - old.mentions
    WHERE quarter = substr(old.month, 1, 4) || '-Q' || ((CAST(substr(old.month, 6, 2) AS INTEGER) + 2) / 3) AND party_id = old.party_id;
    DELETE FROM party_quarters
    WHERE quarter = substr(old.month, 1, 4) || '-Q' || ((CAST(substr(old.month, 6, 2) AS INTEGER) + 2) / 3) AND party_id = old.party_id
      AND articles <= 0;
    UPDATE party_years
    SET articles = articles - old.articles, mentions = mentions - old.mentions
    WHERE year = substr(old.month, 1, 4) AND party_id = old.party_id;
    DELETE FROM party_years WHERE year = substr(old.month, 1, 4) AND party_id = old.party_id AND articles <= 0;
END;
