// Highlights spans of an article body in place. Offsets are UTF-16 code-unit indices into the body, end exclusive,
// which is exactly how JavaScript indexes strings, so body.slice(start, end) is the highlighted text.
//
// Spans may nest (a party inside a quote inside a summary sentence) or cross (a date that starts inside a quote and
// ends after it). The markup is built from the sorted list of boundaries with a stack of open elements: at every
// boundary the spans that end there are closed, any span opened after them is closed too and reopened as a
// continuation, then the spans that start there are opened, outermost first. The result is always well nested.

import { h } from './dom.js';

/**
 * @typedef {object} Span
 * @property {number} start
 * @property {number} end
 * @property {number} layer  lower layers are outer when two spans cover the same text (sentence < quote < fact < party)
 * @property {string} tag    'mark' or 'a'
 * @property {object} attrs  attributes for h(); an `id` is put on the first piece only
 */

/** Returns a DocumentFragment with the body's text and the spans as elements. */
export function highlight(body, spans, displayText = (text) => text) {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= body.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.layer - b.layer);

  const points = [...new Set([0, body.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const root = document.createDocumentFragment();
  const stack = [];
  const parent = () => (stack.length ? stack[stack.length - 1].element : root);

  const open = (span, continued) => {
    // data-start/data-end keep the API offsets on every piece, so a highlight can be traced back to the body.
    const attrs = { ...span.attrs, 'data-start': span.start, 'data-end': span.end };
    if (continued) {
      delete attrs.id;
      attrs['data-continued'] = 'true';
    }
    const element = h(span.tag, attrs);
    parent().append(element);
    stack.push({ span, element });
  };

  let next = 0;
  for (let i = 0; i < points.length; i++) {
    const at = points[i];
    const firstEnding = stack.findIndex((entry) => entry.span.end <= at);
    if (firstEnding >= 0) {
      const reopen = stack.slice(firstEnding).filter((entry) => entry.span.end > at).map((entry) => entry.span);
      stack.length = firstEnding;
      reopen.forEach((span) => open(span, true));
    }
    while (next < valid.length && valid[next].start === at) {
      open(valid[next], false);
      next++;
    }
    if (i + 1 < points.length) {
      parent().append(document.createTextNode(displayText(body.slice(at, points[i + 1]))));
    }
  }
  return root;
}

const num = (value) => (value === null || value === undefined ? '' : Number(value).toLocaleString('en-GB', { maximumFractionDigits: 6 }));

export function describeFigure(f) {
  const range = f.valueMax !== null && f.valueMax !== undefined ? `${num(f.value)}–${num(f.valueMax)}` : num(f.value);
  const amount = [f.currency, range, f.unit].filter(Boolean).join(' ');
  return [amount, f.qualifier ? `(${f.qualifier})` : '', f.kind ? `· ${f.kind}` : ''].filter(Boolean).join(' ');
}

export function describeDate(d) {
  const value = d.endValue ? `${d.value} to ${d.endValue}` : d.value;
  const notes = [d.granularity];
  if (d.relative && d.anchor) {
    notes.push(`relative to ${d.anchor}`);
  }
  if (d.alternativeValue) {
    notes.push(`or ${d.alternativeValue}`);
  }
  return `${value} (${notes.filter(Boolean).join(', ')})`;
}

export function describeParty(p) {
  return [p.name, p.type, p.role].filter(Boolean).join(' · ');
}

/** Where a party links: its page for a stored article; the analyse view, whose parties are not stored, passes a search. */
export const storedPartyHref = (p) => `#/parties/${p.id}`;

/** The spans of one article: summary sentences, quotes, figures, dates and party mentions, with tooltips. */
export function articleSpans(summary, facts, { partyHref = storedPartyHref } = {}) {
  const spans = [];
  (summary?.sentences ?? []).forEach((s) => spans.push({
    start: s.start, end: s.end, layer: 0, tag: 'mark',
    attrs: {
      class: 'hl hl-summary', id: `summary-${s.index}`, tabindex: '-1',
      title: `Summary sentence, rank ${s.rank}`,
      dataset: { kind: 'summary', rank: s.rank, index: s.index },
    },
  }));
  (facts?.quotes ?? []).forEach((q, i) => spans.push({
    start: q.start, end: q.end, layer: 1, tag: 'mark',
    attrs: {
      class: 'hl hl-quote', id: `fact-quote-${i}`, tabindex: '-1',
      title: `Quote · speaker: ${q.speaker ?? 'unknown'}`,
      dataset: { kind: 'quote', speaker: q.speaker ?? '', partyId: q.speakerPartyId ?? undefined },
    },
  }));
  (facts?.figures ?? []).forEach((f, i) => spans.push({
    start: f.start, end: f.end, layer: 2, tag: 'mark',
    attrs: {
      class: 'hl hl-figure', id: `fact-figure-${i}`, tabindex: '-1',
      title: `Figure: ${describeFigure(f)}`,
      dataset: { kind: 'figure', value: f.value, unit: f.unit ?? '', qualifier: f.qualifier ?? '' },
    },
  }));
  (facts?.dates ?? []).forEach((d, i) => spans.push({
    start: d.start, end: d.end, layer: 2, tag: 'mark',
    attrs: {
      class: 'hl hl-date', id: `fact-date-${i}`, tabindex: '-1',
      title: `Date: ${describeDate(d)}`,
      dataset: { kind: 'date', value: d.value },
    },
  }));
  (facts?.parties ?? []).forEach((p) => p.mentions.forEach((m, j) => spans.push({
    start: m.start, end: m.end, layer: 3, tag: 'a',
    attrs: {
      class: `hl hl-party hl-${p.type}`, id: j === 0 ? `fact-party-${p.id}` : undefined,
      href: partyHref(p),
      title: `${p.type === 'person' ? 'Person' : p.type === 'place' ? 'Place' : 'Organisation'}: ${describeParty(p)}`,
      dataset: { kind: 'party', partyId: p.id, partyName: p.name, partyType: p.type },
    },
  })));
  return spans;
}
