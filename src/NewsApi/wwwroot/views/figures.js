// #/figures[?kind=&unit=&min=&max=&party=&limit=]   figures across all articles, with their sentence; cursor paging.

import { api } from '../api.js';
import { field, formatNumber, h, isoDay, select } from '../dom.js';
import { describeFigure } from '../highlight.js';
import { go } from '../router.js';
import { emptyState, moreControl, problemBox } from '../ui.js';

const KINDS = [['', 'Any kind'], ['count', 'Count'], ['money', 'Money'], ['percent', 'Percent'], ['percentage-points', 'Percentage points'],
  ['duration', 'Duration'], ['quantity', 'Quantity'], ['ordinal', 'Ordinal'], ['range', 'Range']];
const LIMITS = [['', '20'], ['50', '50'], ['100', '100']];
const FILTERS = ['kind', 'unit', 'min', 'max', 'party', 'limit'];

export async function figuresView(params, signal) {
  const values = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? '']));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter figures' },
    field('Kind', select('figure-kind', 'kind', KINDS, values.kind)),
    field('Unit', h('input', { id: 'figure-unit', name: 'unit', type: 'text', value: values.unit, placeholder: 'people, USD, days…' })),
    field('At least', h('input', { id: 'figure-min', name: 'min', type: 'number', step: 'any', value: values.min })),
    field('At most', h('input', { id: 'figure-max', name: 'max', type: 'number', step: 'any', value: values.max })),
    field('Party in the sentence', h('input', { id: 'figure-party', name: 'party', type: 'text', value: values.party, placeholder: 'id or name' })),
    field('Per page', select('figure-limit', 'limit', LIMITS, values.limit)),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Filter'),
      h('button', { type: 'button', onclick: () => go('/figures') }, 'Clear')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('/figures', Object.fromEntries(new FormData(form)));
  });

  let results;
  try {
    const first = await api.figures(values, signal);
    results = first.items.length === 0 ? [emptyState('No figures match these filters.')] : figureTable(first);
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    results = [problemBox(error)];
  }
  return [
    h('h1', {}, 'Figures'),
    h('p', { class: 'hint' }, 'Numbers found in the stored articles, with their unit, qualifier and kind. Select one to see it in its article.'),
    form,
    h('section', { class: 'results', 'aria-label': 'Figures found' }, results),
  ];
}

function figureTable(first) {
  const body = h('tbody', {}, first.items.map(figureRow));
  return [
    h('table', { class: 'hits figures-table' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Figure'), h('th', { scope: 'col' }, 'Value'),
        h('th', { scope: 'col' }, 'Sentence'), h('th', { scope: 'col' }, 'Article'))),
      body),
    moreControl(first, (next) => api.figuresNext(next), (items) => body.append(...items.map(figureRow)),
      (shown, more) => `${formatNumber(shown)} figure${shown === 1 ? '' : 's'} shown${more ? '; more below' : ''}`),
  ];
}

function figureRow(hit) {
  const f = hit.figure;
  return h('tr', { class: 'row-figure', dataset: { figureId: hit.id, articleId: hit.articleId } },
    h('th', { scope: 'row' }, h('a', { href: `#/articles/${hit.articleId}?at=${f.start}`, title: 'Show in the article' }, f.text)),
    h('td', {}, describeFigure(f)),
    h('td', { class: 'sentence' }, hit.sentence ?? ''),
    h('td', { class: 'article-cell' }, h('a', { href: `#/articles/${hit.articleId}` }, hit.articleTitle),
      hit.publishedAt ? h('small', { class: 'meta' }, ` ${isoDay(hit.publishedAt)}`) : null));
}
