// NewsApi page: hash routes over the public API.
//   #/articles[?q=&from=&to=&source=&party=&sort=&page=&pageSize=]   article list with search, filters and paging
//   #/articles/{id}[?sentences=3]                                     article text with highlights and its facts
//   #/parties[?q=&type=&sort=&page=]                                  parties across articles
//   #/parties/{id}[?interval=&from=&to=]                              one party: timeline, co-occurring parties, articles

import { api, ApiError } from './api.js';
import { barChart } from './chart.js';
import { field, formatNumber, h, isoDay, select } from './dom.js';
import { articleSpans, describeDate, describeFigure, highlight } from './highlight.js';

const main = document.getElementById('main');
let current = null; // AbortController of the view being shown
let lastArticleList = '#/articles';
let lastPartyList = '#/parties';

const routes = [
  [/^\/articles\/?$/, (m, params, signal) => articleList(params, signal)],
  [/^\/articles\/(\d+)\/?$/, (m, params, signal) => articleView(m[1], params, signal)],
  [/^\/parties\/?$/, (m, params, signal) => partyList(params, signal)],
  [/^\/parties\/(\d+)\/?$/, (m, params, signal) => partyView(m[1], params, signal)],
];

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/articles';
  const [path, query = ''] = raw.split('?');
  return { path, params: new URLSearchParams(query) };
}

/** Navigates to a route with the given parameters, leaving out empty ones. */
function go(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') {
      query.set(key, String(value).trim());
    }
  }
  const text = query.toString();
  location.hash = text ? `#${path}?${text}` : `#${path}`;
}

async function render(moveFocus) {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const { path, params } = parseHash();

  for (const link of document.querySelectorAll('[data-nav]')) {
    const active = path.startsWith(`/${link.dataset.nav}`);
    if (active) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }

  const route = routes.find(([pattern]) => pattern.test(path));
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  let view;
  try {
    view = route
      ? await route[1](path.match(route[0]), params, controller.signal)
      : [h('h1', { tabindex: '-1' }, 'Page not found'), h('p', {}, 'There is nothing at this address. ', h('a', { href: '#/articles' }, 'Go to the articles.'))];
  } catch (error) {
    if (error.name === 'AbortError') {
      return;
    }
    view = [h('h1', { tabindex: '-1' }, error.status === 404 ? 'Not found' : 'Something went wrong'), problemBox(error)];
  }
  if (controller.signal.aborted) {
    return;
  }
  main.replaceChildren(...[view].flat());
  main.removeAttribute('aria-busy');
  const heading = main.querySelector('h1');
  if (heading) {
    document.title = `${heading.textContent} · NewsApi`;
    if (moveFocus) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    }
  }
}

/** An RFC 9457 problem (or a network error) as an alert with its detail and per-field errors. */
function problemBox(error) {
  const problem = error instanceof ApiError ? error.problem ?? {} : { title: 'Unexpected error', detail: String(error?.message ?? error) };
  const fieldErrors = Object.entries(problem.errors ?? {});
  return h('div', { class: 'notice error', role: 'alert' },
    h('p', {}, h('strong', {}, problem.title ?? 'Error'), error.status ? ` (HTTP ${error.status})` : ''),
    problem.detail ? h('p', {}, problem.detail) : null,
    fieldErrors.length ? h('ul', {}, fieldErrors.flatMap(([name, messages]) => messages.map((message) => h('li', {}, `${name}: ${message}`)))) : null);
}

const emptyState = (text, ...more) => h('p', { class: 'notice empty' }, text, ...more);

function pager(page, pageSize, total, onPage, label) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) {
    return null;
  }
  return h('nav', { class: 'pager', 'aria-label': label },
    h('button', { type: 'button', disabled: page <= 1, onclick: () => onPage(page - 1), 'data-page': 'prev' }, '‹ Previous'),
    h('span', { 'aria-live': 'polite' }, `Page ${page} of ${pages}`),
    h('button', { type: 'button', disabled: page >= pages, onclick: () => onPage(page + 1), 'data-page': 'next' }, 'Next ›'));
}

// ---------------------------------------------------------------- articles

async function articleList(params, signal) {
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

function articleItem(a) {
  const meta = [isoDay(a.publishedAt), a.source, a.dateline, a.author ? `by ${a.author}` : null,
    `${formatNumber(a.wordCount)} words`, `${a.readingTimeMinutes} min read`].filter(Boolean);
  return h('li', { class: 'article-item', dataset: { articleId: a.id } },
    h('h2', {}, h('a', { href: `#/articles/${a.id}` }, a.title)),
    a.snippet ? h('p', { class: 'snippet' }, stripTags(a.snippet)) : null,
    h('p', { class: 'meta' }, meta.join(' · ')));
}

// Snippets, when the API sends them, may carry markup around matches: show them as plain text.
const stripTags = (text) => String(text).replace(/<[^>]*>/g, '');

const SENTENCE_CHOICES = ['1', '2', '3', '4', '5', '7', '10'];

async function articleView(id, params, signal) {
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

  const summaryOk = !(summary instanceof Error);
  const factsOk = !(facts instanceof Error);
  const body = h('div', { class: 'article-body', id: 'article-body', lang: article.language || 'en' },
    highlight(article.body, articleSpans(summaryOk ? summary : null, factsOk ? facts : null), collapseBlankLines));

  return [
    h('p', { class: 'breadcrumb' }, h('a', { href: lastArticleList }, '← Articles')),
    h('h1', {}, article.title),
    h('p', { class: 'meta' }, meta.join(' · '),
      article.url ? [' · ', h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null),
    h('section', { class: 'summary', 'aria-labelledby': 'summary-heading' },
      h('div', { class: 'section-head' },
        h('h2', { id: 'summary-heading' }, 'Summary'),
        field('Sentences', sentencesControl)),
      summaryOk
        ? (summary.sentences.length
          ? h('ol', { class: 'summary-list' }, summary.sentences.map((s) => h('li', {}, jumpButton(`summary-${s.index}`, s.text))))
          : emptyState('The article has no sentences to summarise.'))
        : problemBox(summary)),
    legend(),
    h('div', { class: 'article-layout' },
      h('section', { class: 'text-panel', 'aria-labelledby': 'text-heading' },
        h('h2', { id: 'text-heading' }, 'Full text'),
        body),
      h('aside', { class: 'facts-panel', 'aria-labelledby': 'facts-heading' },
        h('h2', { id: 'facts-heading' }, 'Facts'),
        factsOk ? factTables(facts) : problemBox(facts))),
  ];
}

// The summary and facts decorate the article; when one fails the text is still worth showing.
const softFail = (error) => {
  if (error.name === 'AbortError') {
    throw error;
  }
  return error;
};

// Bodies often separate paragraphs with runs of blank lines; show at most one blank line (display only: the
// highlighted text and its offsets are unchanged).
const collapseBlankLines = (text) => text.replace(/\n{3,}/g, '\n\n');

function jumpButton(targetId, text) {
  return h('button', {
    type: 'button', class: 'jump', title: 'Show in the text',
    onclick: () => {
      const target = document.getElementById(targetId);
      if (target) {
        target.scrollIntoView({ block: 'center', behavior: 'smooth' });
        target.focus({ preventScroll: true });
        target.classList.remove('flash');
        void target.offsetWidth; // restart the animation
        target.classList.add('flash');
      }
    },
  }, text);
}

function legend() {
  const item = (className, text) => h('li', {}, h('span', { class: `hl ${className} swatch` }, text));
  return h('section', { class: 'legend', 'aria-labelledby': 'legend-heading' },
    h('h2', { id: 'legend-heading', class: 'visually-hidden' }, 'Legend'),
    h('ul', {},
      item('hl-summary', 'summary sentence'),
      item('hl-figure', 'figure'),
      item('hl-date', 'date'),
      item('hl-party hl-person', 'person'),
      item('hl-party hl-organization', 'organisation'),
      item('hl-party hl-place', 'place'),
      item('hl-quote', '“quote”')),
    h('p', { class: 'hint' }, 'Hover a highlight for its normalised value; select a fact in the table to find it in the text.'));
}

function factTable(caption, headers, rows, emptyText) {
  if (!rows.length) {
    return h('section', { class: 'fact-group' }, h('h3', {}, caption), h('p', { class: 'empty-inline' }, emptyText));
  }
  return h('section', { class: 'fact-group' },
    h('h3', {}, caption),
    h('table', { class: 'facts' },
      h('thead', {}, h('tr', {}, headers.map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', {}, rows)));
}

function factTables(facts) {
  const figures = facts.figures ?? [];
  const dates = facts.dates ?? [];
  const parties = facts.parties ?? [];
  const quotes = facts.quotes ?? [];
  return [
    factTable('Figures', ['Text', 'Value'], figures.map((f, i) => h('tr', { class: 'row-figure' },
      h('td', {}, jumpButton(`fact-figure-${i}`, f.text)),
      h('td', {}, describeFigure(f)))), 'No figures.'),
    factTable('Dates', ['Text', 'Date'], dates.map((d, i) => h('tr', { class: 'row-date' },
      h('td', {}, jumpButton(`fact-date-${i}`, d.text)),
      h('td', {}, describeDate(d)))), 'No dates.'),
    factTable('Parties', ['Name', 'Type', 'Role', 'Mentions'], parties.map((p) => h('tr', { class: `row-party row-${p.type}` },
      h('th', { scope: 'row' }, h('a', { href: `#/parties/${p.id}` }, p.name),
        p.aliases?.length ? h('small', { class: 'aliases' }, ` (${p.aliases.join(', ')})`) : null),
      h('td', {}, h('span', { class: `badge badge-${p.type}` }, p.type)),
      h('td', {}, p.role ?? ''),
      h('td', { class: 'num' }, jumpButton(`fact-party-${p.id}`, String(p.mentionCount))))), 'No parties.'),
    factTable('Quotes', ['Speaker', 'Quote'], quotes.map((q, i) => h('tr', { class: 'row-quote' },
      h('td', {}, q.speakerPartyId ? h('a', { href: `#/parties/${q.speakerPartyId}` }, q.speaker) : (q.speaker ?? 'unknown')),
      h('td', {}, jumpButton(`fact-quote-${i}`, `“${truncate(q.text, 90)}”`)))), 'No quotes.'),
  ];
}

const truncate = (text, max) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

// ---------------------------------------------------------------- parties

const TYPES = [['', 'Any type'], ['person', 'People'], ['organization', 'Organisations'], ['place', 'Places']];

async function partyList(params, signal) {
  lastPartyList = location.hash || '#/parties';
  const values = Object.fromEntries(['q', 'type', 'sort', 'page', 'pageSize'].map((k) => [k, params.get(k) ?? '']));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Search parties' },
    field('Name contains', h('input', { id: 'party-q', name: 'q', type: 'search', value: values.q })),
    field('Type', select('party-type', 'type', TYPES, values.type)),
    field('Sort', select('party-sort', 'sort', [['', 'Most mentions'], ['-articles', 'Most articles'], ['name', 'Name A–Z']], values.sort)),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Search'),
      h('button', { type: 'button', onclick: () => go('/parties') }, 'Clear')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('/parties', { ...Object.fromEntries(new FormData(form)), page: '' });
  });

  let results;
  try {
    const list = await api.parties(values, signal);
    const max = Math.max(1, ...list.items.map((p) => p.mentionCount));
    results = list.items.length === 0
      ? [emptyState('No parties match these filters.')]
      : [
        h('p', { class: 'count', id: 'party-count' }, `${formatNumber(list.total)} part${list.total === 1 ? 'y' : 'ies'}`),
        h('table', { class: 'parties', 'aria-labelledby': 'party-count' },
          h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Type'),
            h('th', { scope: 'col', class: 'num' }, 'Articles'), h('th', { scope: 'col', class: 'num' }, 'Mentions'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Share')))),
          h('tbody', {}, list.items.map((p) => h('tr', { dataset: { partyId: p.id } },
            h('th', { scope: 'row' }, h('a', { href: `#/parties/${p.id}` }, p.name)),
            h('td', {}, h('span', { class: `badge badge-${p.type}` }, p.type)),
            h('td', { class: 'num' }, formatNumber(p.articleCount)),
            h('td', { class: 'num' }, formatNumber(p.mentionCount)),
            h('td', { class: 'spark', 'aria-hidden': 'true' }, h('span', { class: `meter meter-${p.type}`, style: { width: `${Math.round((p.mentionCount / max) * 100)}%` } })))))),
        pager(list.page, list.pageSize, list.total, (page) => go('/parties', { ...values, page }), 'Party pages'),
      ];
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    results = [problemBox(error)];
  }
  return [h('h1', {}, 'Parties'), form, h('section', { class: 'results', 'aria-label': 'Results' }, results)];
}

const DAY = 86_400_000;
const addDays = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** A default window around the party's articles: padded so a single article still reads as a timeline. */
function defaultWindow(articles) {
  const days = articles.map((a) => isoDay(a.publishedAt)).filter(Boolean).sort();
  if (!days.length) {
    return { interval: 'month' };
  }
  const first = days[0];
  const last = days[days.length - 1];
  const span = (Date.parse(last) - Date.parse(first)) / DAY;
  if (span <= 45) {
    return { interval: 'day', from: addDays(first, -7), to: addDays(last, 7) };
  }
  if (span <= 370) {
    return { interval: 'week', from: addDays(first, -14), to: addDays(last, 14) };
  }
  return { interval: 'month', from: `${first.slice(0, 7)}-01`, to: last };
}

async function partyView(id, params, signal) {
  const party = await api.party(id, signal);
  const defaults = defaultWindow(party.articles ?? []);
  const window = {
    interval: ['day', 'week', 'month'].includes(params.get('interval')) ? params.get('interval') : defaults.interval,
    from: params.get('from') ?? defaults.from ?? '',
    to: params.get('to') ?? defaults.to ?? '',
  };
  const [timeline, cooccurring] = await Promise.all([
    api.partyTimeline(id, window, signal).catch(softFail),
    api.cooccurring(id, 10, signal).catch(softFail),
  ]);

  const timelineForm = h('form', { class: 'filters compact', 'aria-label': 'Timeline range' },
    field('Interval', select('interval', 'interval', [['day', 'Day'], ['week', 'Week'], ['month', 'Month']], window.interval)),
    field('From', h('input', { id: 'timeline-from', name: 'from', type: 'date', value: window.from })),
    field('To', h('input', { id: 'timeline-to', name: 'to', type: 'date', value: window.to })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Update')));
  timelineForm.addEventListener('submit', (event) => {
    event.preventDefault();
    go(`/parties/${id}`, Object.fromEntries(new FormData(timelineForm)));
  });

  let timelineView;
  if (timeline instanceof Error) {
    timelineView = timeline.status === 404
      ? emptyState('No timeline is available for this party.', timeline.problem?.detail ? h('small', { class: 'hint' }, ` ${timeline.problem.detail}`) : null)
      : problemBox(timeline);
  } else if (!timeline.buckets?.length) {
    timelineView = emptyState('No articles in this range.');
  } else {
    const total = timeline.buckets.reduce((sum, b) => sum + b.count, 0);
    timelineView = barChart(timeline.buckets, {
      label: `Articles mentioning ${party.name} per ${timeline.interval}, ${timeline.from ?? timeline.buckets[0].start} to ${timeline.to ?? timeline.buckets[timeline.buckets.length - 1].start}: ${total} in all`,
    });
  }

  let cooccurringView;
  if (cooccurring instanceof Error) {
    cooccurringView = cooccurring.status === 404
      ? emptyState('No co-occurring parties are available.')
      : problemBox(cooccurring);
  } else if (!cooccurring.items?.length) {
    cooccurringView = emptyState('No other party appears in the same articles.');
  } else {
    const max = Math.max(1, ...cooccurring.items.map((p) => p.articleCount));
    cooccurringView = h('ol', { class: 'cooccurring' }, cooccurring.items.map((p) => h('li', { dataset: { partyId: p.id } },
      h('span', { class: 'co-name' }, h('a', { href: `#/parties/${p.id}` }, p.name), ' ', h('span', { class: `badge badge-${p.type}` }, p.type)),
      h('span', { class: 'bar-row', 'aria-hidden': 'true' }, h('span', { class: `meter meter-${p.type}`, style: { width: `${Math.round((p.articleCount / max) * 100)}%` } })),
      h('span', { class: 'num' }, `${formatNumber(p.articleCount)} article${p.articleCount === 1 ? '' : 's'} together`))));
  }

  const articles = party.articles ?? [];
  return [
    h('p', { class: 'breadcrumb' }, h('a', { href: lastPartyList }, '← Parties')),
    h('h1', {}, party.name, ' ', h('span', { class: `badge badge-${party.type}` }, party.type)),
    h('dl', { class: 'party-facts' },
      h('dt', {}, 'Aliases'), h('dd', {}, party.aliases?.length ? party.aliases.join(', ') : '—'),
      h('dt', {}, 'Roles'), h('dd', {}, party.roles?.length ? party.roles.join('; ') : '—'),
      h('dt', {}, 'Articles'), h('dd', {}, formatNumber(party.articleCount)),
      h('dt', {}, 'Mentions'), h('dd', {}, formatNumber(party.mentionCount))),
    h('div', { class: 'party-layout' },
      h('section', { class: 'timeline', 'aria-labelledby': 'timeline-heading' },
        h('h2', { id: 'timeline-heading' }, 'Timeline'), timelineForm, timelineView),
      h('section', { class: 'cooccurring-panel', 'aria-labelledby': 'cooccurring-heading' },
        h('h2', { id: 'cooccurring-heading' }, 'Mentioned together with'), cooccurringView)),
    h('section', { 'aria-labelledby': 'party-articles-heading' },
      h('h2', { id: 'party-articles-heading' }, 'Articles'),
      articles.length
        ? h('table', { class: 'party-articles' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Title'), h('th', { scope: 'col' }, 'Published'), h('th', { scope: 'col' }, 'Role'), h('th', { scope: 'col', class: 'num' }, 'Mentions'))),
          h('tbody', {}, articles.map((a) => h('tr', {},
            h('th', { scope: 'row' }, h('a', { href: `#/articles/${a.id}` }, a.title)),
            h('td', {}, isoDay(a.publishedAt)),
            h('td', {}, a.role ?? ''),
            h('td', { class: 'num' }, formatNumber(a.mentionCount))))))
        : emptyState('No stored article mentions this party.')),
  ];
}

// ---------------------------------------------------------------- start

window.addEventListener('hashchange', () => render(true));
document.querySelector('[data-skip]')?.addEventListener('click', (event) => {
  event.preventDefault(); // a plain #main link would be read as a route
  main.focus();
});
if (!location.hash || location.hash === '#' || location.hash === '#/') {
  history.replaceState(null, '', '#/articles');
}
render(false);
