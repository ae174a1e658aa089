// #/analyze   paste a text (with an optional title and publication date), POST /api/analyze, and see the summary,
// the highlights and the facts table exactly as the article view shows a stored article. Nothing is stored.

import { api } from '../api.js';
import { field, formatNumber, h, select } from '../dom.js';
import { legend, summarySection, textWithFacts } from '../facts-view.js';
import { routeHref } from '../router.js';
import { problemBox } from '../ui.js';

// The draft survives a visit to another view (a party link, the back button) within the tab, and no longer.
const DRAFT_KEY = 'newsapi.analyze.draft';
const SENTENCE_CHOICES = ['1', '2', '3', '5', '10'];
const EXAMPLE = {
  title: 'Strike looms',
  text: 'More than 1,400 people were killed on August 21, US officials said on Thursday. '
    + '"We can\'t have an endless process," said Ben Rhodes, a White House adviser.',
  publishedAt: '2013-09-06',
};

function loadDraft() {
  try {
    return { title: '', text: '', publishedAt: '', sentences: '3', ...JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}') };
  } catch {
    return { title: '', text: '', publishedAt: '', sentences: '3' };
  }
}

function saveDraft(draft) {
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage may be full or switched off; the draft is a convenience.
  }
}

// The analysed parties are not stored and their ids are only valid within the answer, so they link to a search of
// the stored parties by name instead of to a party page.
const searchStoredParty = (p) => routeHref('/parties', { q: p.name });

const plural = (n, one, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;

export async function analyzeView(params, signal) {
  const draft = loadDraft();
  const title = h('input', { id: 'analyze-title', name: 'title', type: 'text', maxlength: 500, value: draft.title });
  const text = h('textarea', { id: 'analyze-text', name: 'text', rows: 9, required: true, spellcheck: 'false' });
  text.value = draft.text;
  const published = h('input', { id: 'analyze-date', name: 'publishedAt', type: 'date', value: draft.publishedAt });
  const sentences = select('analyze-sentences', 'sentences', SENTENCE_CHOICES.map((n) => [n, n]), draft.sentences);
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Analyse');
  const results = h('section', { class: 'analysis', id: 'analysis', 'aria-label': 'Analysis' });

  const fillExample = () => {
    title.value = EXAMPLE.title;
    text.value = EXAMPLE.text;
    published.value = EXAMPLE.publishedAt;
    text.focus();
  };

  const form = h('form', { class: 'analyze-form', 'aria-label': 'Text to analyse' },
    field('Title (optional)', title),
    field('Text', text, 'Paste the article body. It is analysed and shown here, not stored.'),
    h('div', { class: 'analyze-options' },
      field('Published (optional)', published, 'Anchors relative dates such as “Thursday”.'),
      field('Summary sentences', sentences),
      h('div', { class: 'actions' },
        submit,
        h('button', { type: 'button', onclick: fillExample }, 'Try an example'))));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // The highlights index into exactly the string that was sent, so keep it rather than re-reading the box.
    const input = { title: title.value.trim() || null, text: text.value, publishedAt: published.value ? `${published.value}T12:00:00Z` : null };
    saveDraft({ title: title.value, text: text.value, publishedAt: published.value, sentences: sentences.value });
    submit.disabled = true;
    results.setAttribute('aria-busy', 'true');
    results.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Analysing…'));
    try {
      const answer = await api.analyze(input, { sentences: sentences.value }, signal);
      results.replaceChildren(...analysisView(input.text, answer));
    } catch (error) {
      if (error.name === 'AbortError') {
        return;
      }
      results.replaceChildren(problemBox(error));
    } finally {
      submit.disabled = false;
      results.removeAttribute('aria-busy');
    }
  });

  return [
    h('h1', {}, 'Analyse a text'),
    h('p', { class: 'hint' }, 'Figures, dates, parties, quotes and a summary for any text, from POST /api/analyze.'),
    form,
    results,
  ];
}

function analysisView(text, answer) {
  const facts = answer.facts;
  const counts = [
    plural(answer.sentences.length, 'sentence'),
    plural(facts.figures.length, 'figure'),
    plural(facts.dates.length, 'date'),
    plural(facts.parties.length, 'party', 'parties'),
    plural(facts.quotes.length, 'quote'),
  ];
  return [
    h('h2', { class: 'visually-hidden' }, 'Result'),
    h('p', { class: 'count', role: 'status', id: 'analysis-status' },
      `${plural(answer.wordCount ?? 0, 'word')}: ${counts.join(', ')}.`, answer.dateline ? ` Dateline: ${answer.dateline}.` : ''),
    summarySection(answer.summary),
    legend(),
    textWithFacts(text, answer.summary, facts, { partyHref: searchStoredParty }),
  ];
}
