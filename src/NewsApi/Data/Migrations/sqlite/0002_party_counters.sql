-- 0002: per-party article and mention counters, kept by triggers on article_parties, so party lists and the
-- overview sort by an index instead of aggregating every link row on each request.

ALTER TABLE parties ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE parties ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;

UPDATE parties SET
    article_count = (SELECT count(*) FROM article_parties ap WHERE ap.party_id = parties.id),
    mention_count = (SELECT coalesce(sum(ap.mention_count), 0) FROM article_parties ap WHERE ap.party_id = parties.id);

CREATE TRIGGER article_parties_count_insert AFTER INSERT ON article_parties BEGIN
    UPDATE parties SET article_count = article_count + 1, mention_count = mention_count + new.mention_count
    WHERE id = new.party_id;
END;

CREATE TRIGGER article_parties_count_delete AFTER DELETE ON article_parties BEGIN
    UPDATE parties SET article_count = article_count - 1, mention_count = mention_count - old.mention_count
    WHERE id = old.party_id;
END;

CREATE INDEX ix_parties_by_mentions ON parties(mention_count DESC, article_count DESC, name) WHERE article_count > 0;
CREATE INDEX ix_parties_by_articles ON parties(article_count DESC, mention_count DESC, name) WHERE article_count > 0;
