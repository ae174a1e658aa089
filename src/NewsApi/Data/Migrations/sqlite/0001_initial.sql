-- 0001: articles, their sentences and scores, facts, parties shared across articles, full-text index.
-- Migrations are append-only: never edit one that has shipped; add the next number instead.

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    title            TEXT    NOT NULL,
    body             TEXT    NOT NULL,
    url              TEXT    NULL,
    source           TEXT    NULL,
    author           TEXT    NULL,
    published_at     TEXT    NULL,      -- ISO 8601 UTC, 'yyyy-MM-ddTHH:mm:ssZ', sorts as text
    language         TEXT    NOT NULL,
    dateline         TEXT    NULL,
    word_count       INTEGER NOT NULL,
    sentence_count   INTEGER NOT NULL,
    content_hash     TEXT    NOT NULL,  -- SHA-256 of normalised title + body: duplicate detection
    analyzer_version TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE UNIQUE INDEX ux_articles_content_hash ON articles(content_hash);
CREATE INDEX ix_articles_published_at ON articles(published_at, id);
CREATE INDEX ix_articles_created_at ON articles(created_at, id);
CREATE INDEX ix_articles_source ON articles(source COLLATE NOCASE, published_at);

-- Sentence offsets and the default summariser's score and rank (1 = best). Text is body[start..end].
CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    score      REAL    NOT NULL,
    rank       INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- Every summariser's score for every sentence, computed once at ingest so summaries are a query.
CREATE TABLE sentence_scores (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    algorithm  TEXT    NOT NULL,
    idx        INTEGER NOT NULL,
    score      REAL    NOT NULL,
    rank       INTEGER NOT NULL,
    PRIMARY KEY (article_id, algorithm, idx)
) WITHOUT ROWID;

CREATE TABLE figures (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text           TEXT    NOT NULL,
    value          REAL    NULL,
    value_max      REAL    NULL,
    unit           TEXT    NULL,
    qualifier      TEXT    NULL,
    kind           TEXT    NOT NULL,
    currency       TEXT    NULL
);
CREATE INDEX ix_figures_article ON figures(article_id, start_offset);
CREATE INDEX ix_figures_kind_unit ON figures(kind, unit, value);

CREATE TABLE dates (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_index    INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text              TEXT    NOT NULL,
    value             TEXT    NOT NULL,
    end_value         TEXT    NULL,
    granularity       TEXT    NOT NULL,
    relative          INTEGER NOT NULL,
    anchor            TEXT    NULL,
    alternative_value TEXT    NULL
);
CREATE INDEX ix_dates_article ON dates(article_id, start_offset);
CREATE INDEX ix_dates_value ON dates(value);

-- One row per canonical party across all articles ("person:barack-obama").
CREATE TABLE parties (
    id         INTEGER PRIMARY KEY,
    party_key  TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ix_parties_name ON parties(name COLLATE NOCASE);
CREATE INDEX ix_parties_type ON parties(type, name);

-- A party in one article: role and aliases as that article gives them, mention count, salience.
CREATE TABLE article_parties (
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    party_id      INTEGER NOT NULL REFERENCES parties(id),
    role          TEXT    NULL,
    role_country  TEXT    NULL,
    aliases       TEXT    NOT NULL,   -- JSON array of strings
    mention_count INTEGER NOT NULL,
    first_mention INTEGER NOT NULL,
    salience      REAL    NOT NULL,
    PRIMARY KEY (article_id, party_id)
) WITHOUT ROWID;
CREATE INDEX ix_article_parties_party ON article_parties(party_id, article_id);

CREATE TABLE party_mentions (
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    party_id       INTEGER NOT NULL REFERENCES parties(id),
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    sentence_index INTEGER NOT NULL,
    text           TEXT    NOT NULL,
    PRIMARY KEY (article_id, start_offset)
) WITHOUT ROWID;
CREATE INDEX ix_party_mentions_party ON party_mentions(party_id, article_id);

CREATE TABLE quotes (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_index   INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text             TEXT    NOT NULL,
    speaker          TEXT    NULL,
    speaker_party_id INTEGER NULL REFERENCES parties(id)
);
CREATE INDEX ix_quotes_article ON quotes(article_id, start_offset);
CREATE INDEX ix_quotes_speaker ON quotes(speaker_party_id);

-- Full-text index over title and body, kept in step with articles by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
