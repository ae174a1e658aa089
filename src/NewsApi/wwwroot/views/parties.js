// #/parties[?q=&type=&sort=&page=]          parties across articles
// #/parties/{id}[?interval=&from=&to=]      one party: timeline, co-occurring parties, articles

import { api } from '../api.js';
import { barChart } from '../chart.js';
import { addDays, DAY } from '../days.js';
import { field, formatNumber, h, isoDay, select } from '../dom.js';
import { go } from '../router.js';
import { emptyState, pager, problemBox, softFail } from '../ui.js';

const PARTY_TYPES = [['', 'Any type'], ['person', 'People'], ['organization', 'Organisations'], ['place', 'Places']];

let lastPartyList = '#/parties';

export async function partyList(params, signal) {
  lastPartyList = location.hash || '#/parties';
  const values = Object.fromEntries(['q', 'type', 'sort', 'page', 'pageSize'].map((k) => [k, params.get(k) ?? '']));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Search parties' },
    field('Name contains', h('input', { id: 'party-q', name: 'q', type: 'search', value: values.q })),
    field('Type', select('party-type', 'type', PARTY_TYPES, values.type)),
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

export async function partyView(id, params, signal) {
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
