// #/calendar[?month=2013-09&day=2013-09-05&limit=]   the days articles talk about: a month grid with the number of
// mentions per day, and beneath it the mentions of the month (or of the chosen day) in calendar order, cursor paged.

import { api } from '../api.js';
import { addDays, addMonths, isoWeekday, longDay, monthBounds, monthName, todayIso } from '../days.js';
import { formatNumber, h, isoDay } from '../dom.js';
import { describeDate } from '../highlight.js';
import { routeHref } from '../router.js';
import { emptyState, moreControl, problemBox, softFail } from '../ui.js';

// The grid counts mentions by following the cursor; past this many pages it says "at least".
const GRID_PAGES = 10;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const isMonth = (value) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value ?? '');
const isDay = (value) => /^\d{4}-\d{2}-\d{2}$/.test(value ?? '');

/** The month asked for, else the newest article's month (the seed is from 2013), else this month. */
async function chosenMonth(params, signal) {
  if (isMonth(params.get('month'))) {
    return params.get('month');
  }
  if (isDay(params.get('day'))) {
    return params.get('day').slice(0, 7);
  }
  const overview = await api.overview(signal).catch(softFail);
  const newest = overview instanceof Error ? '' : isoDay(overview.lastPublishedAt);
  return (newest || todayIso()).slice(0, 7);
}

export async function calendarView(params, signal) {
  const month = await chosenMonth(params, signal);
  const { first, last } = monthBounds(month);
  const day = isDay(params.get('day')) && params.get('day').startsWith(month) ? params.get('day') : '';
  const limit = params.get('limit') ?? '';

  const [counts, list] = await Promise.all([
    monthCounts(first, last, signal).catch(softFail),
    api.dates({ from: day || first, to: day || last, limit }, signal).catch(softFail),
  ]);

  const nav = h('nav', { class: 'month-nav', 'aria-label': 'Months' },
    h('a', { href: routeHref('/calendar', { month: addMonths(month, -1), limit }), rel: 'prev' }, `‹ ${monthName(addMonths(month, -1))}`),
    h('a', { href: routeHref('/calendar', { month: addMonths(month, 1), limit }), rel: 'next' }, `${monthName(addMonths(month, 1))} ›`));

  return [
    h('h1', {}, `Calendar: ${monthName(month)}`),
    h('p', { class: 'hint' }, 'The days the stored articles talk about (relative dates such as “Thursday” resolved against the publication date). Select a day for its mentions.'),
    nav,
    h('div', { class: 'calendar-layout' },
      h('section', { 'aria-labelledby': 'grid-heading' },
        h('h2', { id: 'grid-heading', class: 'visually-hidden' }, 'Month grid'),
        counts instanceof Error ? problemBox(counts) : monthGrid(month, counts, day, limit)),
      h('section', { class: 'day-list', 'aria-labelledby': 'day-list-heading' },
        h('h2', { id: 'day-list-heading' }, day ? `Mentions of ${longDay(day)}` : `Mentions in ${monthName(month)}`),
        day ? h('p', {}, h('a', { href: routeHref('/calendar', { month, limit }) }, `All of ${monthName(month)}`)) : null,
        list instanceof Error ? problemBox(list) : dayList(list))),
  ];
}

async function monthCounts(first, last, signal) {
  const counts = new Map();
  let page = await api.dates({ from: first, to: last, limit: 100 }, signal);
  for (let pages = 1; ; pages++) {
    for (const entry of page.items) {
      const day = String(entry.date.value).slice(0, 10);
      counts.set(day, (counts.get(day) ?? 0) + 1);
    }
    if (!page.next || pages >= GRID_PAGES) {
      break;
    }
    page = await api.datesNext(page.next, signal);
  }
  return { counts, complete: !page.next };
}

function monthGrid(month, { counts, complete }, selected, limit) {
  const { first, last } = monthBounds(month);
  const cells = [];
  for (let i = 0; i < isoWeekday(first); i++) {
    cells.push(h('td', { class: 'outside' }));
  }
  for (let d = first; d <= last; d = addDays(d, 1)) {
    const count = counts.get(d) ?? 0;
    const label = `${longDay(d)}: ${count ? `${complete ? '' : 'at least '}${formatNumber(count)} mention${count === 1 ? '' : 's'}` : 'no mentions'}`;
    const number = String(Number(d.slice(8)));
    cells.push(h('td', { class: count ? 'has-mentions' : 'quiet', dataset: { day: d, count } },
      count
        ? h('a', { href: routeHref('/calendar', { month, day: d, limit }), 'aria-label': label, 'aria-current': d === selected ? 'date' : null },
          h('span', { class: 'day-number' }, number), h('span', { class: 'day-count' }, formatNumber(count)))
        : h('span', { class: 'day-number', title: label }, number)));
  }
  while (cells.length % 7) {
    cells.push(h('td', { class: 'outside' }));
  }
  const rows = [];
  for (let i = 0; i < cells.length; i += 7) {
    rows.push(h('tr', {}, cells.slice(i, i + 7)));
  }
  return h('table', { class: 'calendar' },
    h('caption', {}, monthName(month), complete ? null : ` (counts from the first ${GRID_PAGES * 100} mentions)`),
    h('thead', {}, h('tr', {}, WEEKDAYS.map((w) => h('th', { scope: 'col' }, w)))),
    h('tbody', {}, rows));
}

function dayList(first) {
  if (!first.items.length) {
    return emptyState('No article talks about these days.');
  }
  const holder = h('div', { class: 'day-groups' });
  let group = null;
  const add = (entries) => {
    for (const entry of entries) {
      const day = String(entry.date.value).slice(0, 10);
      if (group?.day !== day) {
        const list = h('ol', { class: 'mentions' });
        holder.append(h('section', { class: 'day-group', dataset: { day } },
          h('h3', {}, h('time', { datetime: day }, day), ` · ${isDay(day) ? longDay(day) : ''}`),
          list));
        group = { day, list };
      }
      group.list.append(mention(entry));
    }
  };
  add(first.items);
  return [holder, moreControl(first, (next) => api.datesNext(next), add,
    (shown, more) => `${formatNumber(shown)} mention${shown === 1 ? '' : 's'} shown${more ? '; more below' : ''}`)];
}

function mention(entry) {
  const d = entry.date;
  return h('li', { class: 'mention row-date', dataset: { dateId: entry.id, value: d.value } },
    h('p', { class: 'mention-head' },
      h('a', { class: 'hl hl-date', href: `#/articles/${entry.articleId}?at=${d.start}`, title: 'Show in the article' }, d.text),
      ' → ', describeDate(d)),
    entry.sentence ? h('p', { class: 'sentence' }, entry.sentence) : null,
    h('p', { class: 'meta' }, h('a', { href: `#/articles/${entry.articleId}` }, entry.articleTitle),
      entry.publishedAt ? ` · published ${isoDay(entry.publishedAt)}` : ''));
}
