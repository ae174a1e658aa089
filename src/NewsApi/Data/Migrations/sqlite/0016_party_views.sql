-- 0016: a party's page as stored bytes (party_views), valid while the party's version is the one it was built at.
--
-- parties.version moves with every change to the party's links (insert, delete, update), in the same transaction
-- as the change, so a stored page of an older version is never served: the read compares the two versions in one
-- statement. Every write that changes an article's title or publication time replaces its links (PUT and re-analysis
-- delete and insert them), so those move the version too. A page is built on the first read after a change and
-- stored in the background (PartyViewWriter); a deleted party takes its page with it.
ALTER TABLE parties ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

CREATE TABLE party_views (
    party_id INTEGER PRIMARY KEY REFERENCES parties(id) ON DELETE CASCADE,
    version  INTEGER NOT NULL,
    format   INTEGER NOT NULL,
    body     BLOB    NOT NULL
);

-- The count triggers of 0002, now also moving the version (one UPDATE of the party row per link, as before).
DROP TRIGGER article_parties_count_insert;
DROP TRIGGER article_parties_count_delete;

CREATE TRIGGER article_parties_count_insert AFTER INSERT ON article_parties BEGIN
    UPDATE parties SET article_count = article_count + 1, mention_count = mention_count + new.mention_count, version = version + 1
    WHERE id = new.party_id;
END;

CREATE TRIGGER article_parties_count_delete AFTER DELETE ON article_parties BEGIN
    UPDATE parties SET article_count = article_count - 1, mention_count = mention_count - old.mention_count, version = version + 1
    WHERE id = old.party_id;
END;

CREATE TRIGGER article_parties_version_update AFTER UPDATE ON article_parties BEGIN
    UPDATE parties SET version = version + 1 WHERE id IN (old.party_id, new.party_id);
END;
