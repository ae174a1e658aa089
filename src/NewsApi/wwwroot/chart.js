// A small hand-written SVG bar chart for evenly spaced, zero-filled buckets ({ start, count }).

import { h, svg } from './dom.js';

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 12, bottom: 36, left: 40 };

/**
 * Returns a <figure> with the chart and, for screen readers and copying, the same numbers as a table. With `href`
 * (bucket → address), a bucket that has articles links there, from its bar and from its row of the table.
 */
export function barChart(buckets, { label, unit = 'articles', unitOne = 'article', href = null }) {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const niceMax = max <= 5 ? max : Math.ceil(max / 5) * 5;
  const step = plotWidth / Math.max(1, buckets.length);
  const barWidth = Math.max(1, Math.min(48, step * 0.8));
  const y = (count) => MARGIN.top + plotHeight - (count / niceMax) * plotHeight;

  const ticks = [...new Set([0, Math.round(niceMax / 2), niceMax])];
  const linkOf = (b) => (href && b.count > 0 ? href(b) : null);
  const labelEvery = Math.max(1, Math.ceil(buckets.length / 8));

  const chart = svg('svg', {
    // An image when it only shows; with links inside it must not be role=img, which hides its children from assistive technology.
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart', role: href ? 'group' : 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet',
  },
  ticks.map((t) => svg('g', { class: 'tick' },
    svg('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(t), y2: y(t) }),
    svg('text', { x: MARGIN.left - 6, y: y(t) + 4, 'text-anchor': 'end' }, String(t)))),
  buckets.map((b, i) => {
    const x = MARGIN.left + i * step + (step - barWidth) / 2;
    const text = `${b.start}: ${b.count} ${b.count === 1 ? unitOne : unit}`;
    const bar = svg('rect', {
      x, y: y(b.count), width: barWidth, height: Math.max(0, MARGIN.top + plotHeight - y(b.count)), 'data-start': b.start, 'data-count': b.count,
    }, svg('title', {}, text));
    const target = linkOf(b);
    return svg('g', { class: 'bar' },
      target ? svg('a', { href: target, 'aria-label': text }, bar) : bar,
      i % labelEvery === 0
        ? svg('text', { class: 'x-label', x: MARGIN.left + i * step + step / 2, y: HEIGHT - MARGIN.bottom + 16, 'text-anchor': 'middle' }, b.start)
        : null);
  }),
  svg('line', { class: 'axis', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(0), y2: y(0) }));

  const table = h('details', { class: 'chart-data' },
    h('summary', {}, 'Show the numbers'),
    h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Bucket start'), h('th', { scope: 'col' }, unit))),
      h('tbody', {}, buckets.map((b) => h('tr', {},
        h('td', {}, linkOf(b) ? h('a', { href: linkOf(b) }, b.start) : b.start),
        h('td', { class: 'num' }, String(b.count)))))));

  return h('figure', { class: 'chart-figure' }, chart, h('figcaption', {}, label), table);
}
