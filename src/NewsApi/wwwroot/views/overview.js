// #/overview[?days=30]   the default view: articles per day, the parties trending this week, the latest articles.
//
// "Today" is the newest article's day when the stored articles are older than today (the seed is from 2013): an
// overview of the last weeks before now would otherwise be empty. The page says which days it shows and why.

import { api } from '../api.js';
import { barChart } from '../chart.js';
import { addDays, todayIso } from '../days.js';
import { field, formatNumber, h, isoDay, select } from '../dom.js';
import { go, routeHref } from '../router.js';
import { emptyState, problemBox, softFail } from '../ui.js';
import { articleItem } from './articles.js';

const DAY_CHOICES = ['14', '30', '90'];
const TRENDING = 10;
// The API orders equal trends by name; the page asks for more and orders them by this week's articles, then
// mentions, so a tie at the top shows the parties most written about rather than the first in the alphabet.
const TRENDING_CANDIDATES = 50;

/** The last day the overview covers and the two weeks it compares. */
export function overviewWindow(newestDay, today) {
  const end = newestDay && newestDay < today ? newestDay : today;
  return {
    end,
    endsAtNewest: end !== today,
    week: { from: addDays(end, -6), to: end },
    previous: { from: addDays(end, -13), to: addDays(end, -7) },
  };
}

export async function overviewView(params, signal) {
  const days = DAY_CHOICES.includes(params.get('days')) ? params.get('days') : '30';
  const overview = await api.overview(signal);
  const heading = h('h1', {}, 'Overview');
  const newest = isoDay(overview.lastPublishedAt);
  if (!newest) {
    return [heading, emptyState('No articles are stored yet. ', h('a', { href: '#/analyze' }, 'Analyse a text'),
      ' without storing it, or post articles to the API (see the ', h('a', { href: 'swagger' }, 'API reference'), ').')];
  }

  const today = todayIso();
  const window = overviewWindow(newest, today);
  const [timeline, trending] = await Promise.all([
    api.timeline({ interval: 'day', from: addDays(window.end, -(Number(days) - 1)), to: window.end }, signal).catch(softFail),
    api.parties({ from: window.week.from, to: window.week.to, sort: '-trend', pageSize: TRENDING_CANDIDATES }, signal).catch(softFail),
  ]);

  const daysControl = select('overview-days', 'days', DAY_CHOICES.map((n) => [n, `${n} days`]), days);
  daysControl.addEventListener('change', () => go('/overview', { days: daysControl.value }));

  return [
    heading,
    totals(overview),
    h('p', { class: 'notice window-note', id: 'window-note' }, window.endsAtNewest
      ? `The newest article was published on ${newest}, before today (${today}), so this overview ends on that day: `
        + `“this week” is ${window.week.from} to ${window.week.to}, compared with ${window.previous.from} to ${window.previous.to}.`
      : `“This week” is ${window.week.from} to ${window.week.to} (today), compared with ${window.previous.from} to ${window.previous.to}.`),
    h('div', { class: 'overview-layout' },
      h('section', { class: 'overview-timeline', 'aria-labelledby': 'timeline-heading' },
        h('div', { class: 'section-head' }, h('h2', { id: 'timeline-heading' }, 'Articles per day'), field('Show', daysControl)),
        timelineView(timeline)),
      h('section', { class: 'trending', 'aria-labelledby': 'trending-heading' },
        h('h2', { id: 'trending-heading' }, 'Trending this week'),
        h('p', { class: 'hint' }, `Parties in more articles from ${window.week.from} to ${window.week.to} than in the 7 days before.`),
        trendingView(trending))),
    h('section', { class: 'latest', 'aria-labelledby': 'latest-heading' },
      h('h2', { id: 'latest-heading' }, 'Latest articles'),
      overview.latest.length
        ? h('ol', { class: 'article-list' }, overview.latest.map(articleItem))
        : emptyState('No articles yet.'),
      h('p', {}, h('a', { href: '#/articles' }, 'All articles →'))),
  ];
}

function totals(overview) {
  const item = (label, value) => [h('dt', {}, label), h('dd', {}, value)];
  return h('dl', { class: 'totals' },
    item('Articles', formatNumber(overview.articles)),
    item('Parties', formatNumber(overview.parties)),
    item('Published', `${isoDay(overview.firstPublishedAt)} to ${isoDay(overview.lastPublishedAt)}`),
    overview.topSources?.length ? item('Top sources', overview.topSources.slice(0, 3).map((s) => `${s.name} (${formatNumber(s.count)})`).join(', ')) : null);
}

function timelineView(timeline) {
  if (timeline instanceof Error) {
    return problemBox(timeline);
  }
  if (!timeline.buckets?.length) {
    return emptyState('No articles in these days.');
  }
  const total = timeline.buckets.reduce((sum, b) => sum + b.count, 0);
  return barChart(timeline.buckets, {
    label: `Articles per day, ${timeline.from} to ${timeline.to}: ${formatNumber(total)} in all`,
    href: (b) => routeHref('/articles', { from: b.start, to: b.start }), // a plain date covers the whole UTC day
  });
}

function trendingView(trending) {
  if (trending instanceof Error) {
    return problemBox(trending);
  }
  const rising = trending.items
    .filter((p) => p.trend > 0)
    .sort((a, b) => b.trend - a.trend || b.articleCount - a.articleCount || b.mentionCount - a.mentionCount)
    .slice(0, TRENDING);
  if (!rising.length) {
    return emptyState('No party was in more articles this week than the week before.');
  }
  return h('ol', { class: 'trending-list' }, rising.map((p) => {
    const before = p.articleCount - p.trend;
    return h('li', { dataset: { partyId: p.id, trend: p.trend } },
      h('span', { class: 'co-name' }, h('a', { href: `#/parties/${p.id}` }, p.name), ' ', h('span', { class: `badge badge-${p.type}` }, p.type)),
      h('span', { class: 'trend-counts' }, `${formatNumber(p.articleCount)} article${p.articleCount === 1 ? '' : 's'} this week, ${formatNumber(before)} the week before`),
      h('span', { class: 'trend up', title: `${p.trend} more article${p.trend === 1 ? '' : 's'} than the week before` }, `▲ +${formatNumber(p.trend)}`));
  }));
}
