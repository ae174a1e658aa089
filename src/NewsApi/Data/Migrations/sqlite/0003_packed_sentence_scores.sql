-- 0003: one row per article and algorithm holding every sentence's score as a JSON array (index = sentence idx),
-- instead of one row per sentence and algorithm. Ingest writes five rows instead of five per sentence; a summary
-- reads one row. Ranks are derived from the scores when read.

CREATE TABLE sentence_scores_packed (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    algorithm  TEXT    NOT NULL,
    scores     TEXT    NOT NULL,
    PRIMARY KEY (article_id, algorithm)
) WITHOUT ROWID;

INSERT INTO sentence_scores_packed (article_id, algorithm, scores)
SELECT article_id, algorithm, json_group_array(score)
FROM (SELECT article_id, algorithm, idx, score FROM sentence_scores ORDER BY article_id, algorithm, idx)
GROUP BY article_id, algorithm;

DROP TABLE sentence_scores;
ALTER TABLE sentence_scores_packed RENAME TO sentence_scores;
