// #/articles[?q=&from=&to=&source=&party=&sort=&page=&pageSize=]   article list with search, filters and paging
// #/articles/{id}[?sentences=3&at=START]                            article text with highlights and its facts

import { api } from '../api.js';
import { field, formatNumber, h, isoDay, select } from '../dom.js';
import { legend, summarySection, textWithFacts } from '../facts-view.js';
import { highlight } from '../highlight.js';
import { go } from '../router.js';
import { emptyState, pager, problemBox, softFail } from '../ui.js';

let lastArticleList = '#/articles';

export async function articleList(params, signal) {
  lastArticleList = location.hash || '#/articles';
  const values = Object.fromEntries(['q', 'from', 'to', 'source', 'party', 'sort', 'page', 'pageSize'].map((k) => [k, params.get(k) ?? '']));

  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Search articles' },
    field('Search', h('input', { id: 'q', name: 'q', type: 'search', value: values.q, placeholder: 'words, "a phrase", prefix*' })),
    field('From', h('input', { id: 'from', name: 'from', type: 'date', value: values.from })),
    field('To', h('input', { id: 'to', name: 'to', type: 'date', value: values.to })),
    field('Source', h('input', { id: 'source', name: 'source', type: 'text', value: values.source })),
    field('Party', h('input', { id: 'party', name: 'party', type: 'text', value: values.party, placeholder: 'id or name' })),
    field('Sort', select('sort', 'sort', [
      ['', 'Default'], ['-publishedAt', 'Newest first'], ['publishedAt', 'Oldest first'], ['relevance', 'Relevance'], ['title', 'Title A–Z'], ['-title', 'Title Z–A'],
    ], values.sort)),
    field('Per page', select('pageSize', 'pageSize', [['', '20'], ['10', '10'], ['50', '50'], ['100', '100']], values.pageSize)),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Search'),
      h('button', { type: 'button', onclick: () => go('/articles') }, 'Clear')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    go('/articles', { ...data, page: '' });
  });

  const heading = h('h1', {}, 'Articles');
  let results;
  try {
    const list = await api.articles(values, signal);
    results = list.items.length === 0
      ? [emptyState('No articles match these filters.')]
      : [
        h('p', { class: 'count', id: 'result-count' }, `${formatNumber(list.total)} article${list.total === 1 ? '' : 's'}`),
        h('ol', { class: 'article-list', 'aria-labelledby': 'result-count' }, list.items.map(articleItem)),
        pager(list.page, list.pageSize, list.total, (page) => go('/articles', { ...values, page }), 'Article pages'),
      ];
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    results = [problemBox(error)];
  }
  return [heading, form, h('section', { class: 'results', 'aria-label': 'Results' }, results)];
}

export function articleItem(a) {
  const meta = [isoDay(a.publishedAt), a.source, a.dateline, a.author ? `by ${a.author}` : null,
    `${formatNumber(a.wordCount)} words`, `${a.readingTimeMinutes} min read`].filter(Boolean);
  return h('li', { class: 'article-item', dataset: { articleId: a.id } },
    h('h2', {}, h('a', { href: `#/articles/${a.id}` }, a.title)),
    a.snippet?.text ? h('p', { class: 'snippet' }, snippet(a.snippet)) : null,
    h('p', { class: 'meta' }, meta.join(' · ')));
}

// A search snippet is plain text with the matched words as offsets into it, highlighted like an article's facts.
const snippet = (s) => highlight(s.text, (s.matches ?? []).map((m) => ({
  start: m.start, end: m.end, layer: 0, tag: 'mark', attrs: { class: 'match' },
})));

const SENTENCE_CHOICES = ['1', '2', '3', '4', '5', '7', '10'];

export async function articleView(id, params, signal) {
  const sentences = SENTENCE_CHOICES.includes(params.get('sentences')) ? params.get('sentences') : '3';
  const [article, summary, facts] = await Promise.all([
    api.article(id, signal),
    api.summary(id, sentences, signal).catch(softFail),
    api.facts(id, signal).catch(softFail),
  ]);

  const meta = [isoDay(article.publishedAt), article.source, article.dateline, article.author ? `by ${article.author}` : null,
    `${formatNumber(article.wordCount)} words`, `${article.sentenceCount} sentences`, `${article.readingTimeMinutes} min read`].filter(Boolean);

  const sentencesControl = select('sentences', 'sentences', SENTENCE_CHOICES.map((n) => [n, n]), sentences);
  sentencesControl.addEventListener('change', () => go(`/articles/${id}`, { sentences: sentencesControl.value }));

  const layout = textWithFacts(article.body, summary, facts, { language: article.language || 'en' });
  const nodes = [
    h('p', { class: 'breadcrumb' }, h('a', { href: lastArticleList }, '← Articles')),
    h('h1', {}, article.title),
    h('p', { class: 'meta' }, meta.join(' · '),
      article.url ? [' · ', h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null),
    summarySection(summary, field('Sentences', sentencesControl)),
    legend(),
    layout,
  ];
  return { nodes, focus: factAt(layout, params.get('at')) };
}

/**
 * The highlight that starts at a body offset (`?at=4918`, as the figures and calendar views link), so a fact found
 * across articles opens on its place in the text. A fact is preferred over the summary sentence starting there.
 */
function factAt(layout, at) {
  if (!/^\d+$/.test(at ?? '')) {
    return null;
  }
  const pieces = [...layout.querySelectorAll(`#article-body [data-start="${at}"]:not([data-continued])`)];
  return pieces.find((e) => e.dataset.kind !== 'summary') ?? pieces[0] ?? null;
}
