// The analysed text as the article view and the analyse view show it: the summary list, a legend, the text with every
// fact highlighted in place and, beside it, the facts table whose rows jump to their highlight.

import { h } from './dom.js';
import { articleSpans, describeDate, describeFigure, highlight, storedPartyHref } from './highlight.js';
import { emptyState, jumpButton, problemBox } from './ui.js';

// Bodies often separate paragraphs with runs of blank lines; show at most one blank line (display only: the
// highlighted text and its offsets are unchanged).
const collapseBlankLines = (text) => text.replace(/\n{3,}/g, '\n\n');

const truncate = (text, max) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * The summary section. `summary` is the API's summary or the Error that replaced it; `control` is an optional form
 * field shown beside the heading (the number of sentences).
 */
export function summarySection(summary, control) {
  let content;
  if (summary instanceof Error) {
    content = problemBox(summary);
  } else if (!summary.sentences.length) {
    content = emptyState('The text has no sentences to summarise.');
  } else {
    content = h('ol', { class: 'summary-list' }, summary.sentences.map((s) => h('li', {}, jumpButton(`summary-${s.index}`, s.text))));
  }
  return h('section', { class: 'summary', 'aria-labelledby': 'summary-heading' },
    h('div', { class: 'section-head' }, h('h2', { id: 'summary-heading' }, 'Summary'), control ?? null),
    content);
}

export function legend() {
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

/**
 * The text beside its facts. Either of summary and facts may be an Error: the text is still worth showing.
 * `partyHref` says where a party links (stored parties have a page; parties of unsaved text do not).
 */
export function textWithFacts(text, summary, facts, { language = 'en', partyHref = storedPartyHref } = {}) {
  const summaryOk = summary && !(summary instanceof Error);
  const factsOk = facts && !(facts instanceof Error);
  const body = h('div', { class: 'article-body', id: 'article-body', lang: language },
    highlight(text, articleSpans(summaryOk ? summary : null, factsOk ? facts : null, { partyHref }), collapseBlankLines));
  return h('div', { class: 'article-layout' },
    h('section', { class: 'text-panel', 'aria-labelledby': 'text-heading' },
      h('h2', { id: 'text-heading' }, 'Full text'),
      body),
    h('aside', { class: 'facts-panel', 'aria-labelledby': 'facts-heading' },
      h('h2', { id: 'facts-heading' }, 'Facts'),
      factsOk ? factTables(facts, partyHref) : problemBox(facts)));
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

function factTables(facts, partyHref) {
  const figures = facts.figures ?? [];
  const dates = facts.dates ?? [];
  const parties = facts.parties ?? [];
  const quotes = facts.quotes ?? [];
  const byId = new Map(parties.map((p) => [p.id, p]));
  const speaker = (q) => {
    const party = q.speakerPartyId !== null && q.speakerPartyId !== undefined ? byId.get(q.speakerPartyId) ?? { id: q.speakerPartyId, name: q.speaker } : null;
    return party ? h('a', { href: partyHref(party) }, q.speaker ?? party.name) : (q.speaker ?? 'unknown');
  };
  return [
    factTable('Figures', ['Text', 'Value'], figures.map((f, i) => h('tr', { class: 'row-figure' },
      h('td', {}, jumpButton(`fact-figure-${i}`, f.text)),
      h('td', {}, describeFigure(f)))), 'No figures.'),
    factTable('Dates', ['Text', 'Date'], dates.map((d, i) => h('tr', { class: 'row-date' },
      h('td', {}, jumpButton(`fact-date-${i}`, d.text)),
      h('td', {}, describeDate(d)))), 'No dates.'),
    factTable('Parties', ['Name', 'Type', 'Role', 'Mentions'], parties.map((p) => h('tr', { class: `row-party row-${p.type}` },
      h('th', { scope: 'row' }, h('a', { href: partyHref(p) }, p.name),
        p.aliases?.length ? h('small', { class: 'aliases' }, ` (${p.aliases.join(', ')})`) : null),
      h('td', {}, h('span', { class: `badge badge-${p.type}` }, p.type)),
      h('td', {}, p.role ?? ''),
      h('td', { class: 'num' }, jumpButton(`fact-party-${p.id}`, String(p.mentionCount))))), 'No parties.'),
    factTable('Quotes', ['Speaker', 'Quote'], quotes.map((q, i) => h('tr', { class: 'row-quote' },
      h('td', {}, speaker(q)),
      h('td', {}, jumpButton(`fact-quote-${i}`, `“${truncate(q.text, 90)}”`)))), 'No quotes.'),
  ];
}
