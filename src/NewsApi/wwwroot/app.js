// NewsApi page: hash routes over the public API. Each view is an async function (match, params, signal) that returns
// the nodes to show, or { nodes, focus } when something other than the heading should take the focus.
//   #/ or #/overview   articles per day, parties trending this week, latest articles   (views/overview.js)
//   #/articles…        article list and article view                                   (views/articles.js)
//   #/parties…         parties and one party                                           (views/parties.js)
//   #/figures…         figures across articles                                         (views/figures.js)
//   #/calendar…        the days articles talk about                                    (views/calendar.js)
//   #/analyze          analyse pasted text without storing it                          (views/analyze.js)

import { h } from './dom.js';
import { DEFAULT_ROUTE, parseHash } from './router.js';
import { problemBox } from './ui.js';
import { analyzeView } from './views/analyze.js';
import { articleList, articleView } from './views/articles.js';
import { calendarView } from './views/calendar.js';
import { figuresView } from './views/figures.js';
import { overviewView } from './views/overview.js';
import { partyList, partyView } from './views/parties.js';

const main = document.getElementById('main');
let current = null; // AbortController of the view being shown

const routes = [
  [/^\/overview\/?$/, (m, params, signal) => overviewView(params, signal)],
  [/^\/articles\/?$/, (m, params, signal) => articleList(params, signal)],
  [/^\/articles\/(\d+)\/?$/, (m, params, signal) => articleView(m[1], params, signal)],
  [/^\/parties\/?$/, (m, params, signal) => partyList(params, signal)],
  [/^\/parties\/(\d+)\/?$/, (m, params, signal) => partyView(m[1], params, signal)],
  [/^\/figures\/?$/, (m, params, signal) => figuresView(params, signal)],
  [/^\/calendar\/?$/, (m, params, signal) => calendarView(params, signal)],
  [/^\/analyze\/?$/, (m, params, signal) => analyzeView(params, signal)],
];

function markCurrentNav(path) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (path.startsWith(`/${link.dataset.nav}`)) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

const notFound = () => [
  h('h1', { tabindex: '-1' }, 'Page not found'),
  h('p', {}, 'There is nothing at this address. ', h('a', { href: '#/overview' }, 'Go to the overview.')),
];

async function render(moveFocus) {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const { path, params } = parseHash();
  markCurrentNav(path);

  const route = routes.find(([pattern]) => pattern.test(path));
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  let view;
  try {
    view = route ? await route[1](path.match(route[0]), params, controller.signal) : notFound();
  } catch (error) {
    if (error.name === 'AbortError') {
      return;
    }
    view = [h('h1', { tabindex: '-1' }, error.status === 404 ? 'Not found' : 'Something went wrong'), problemBox(error)];
  }
  if (controller.signal.aborted) {
    return;
  }
  const { nodes, focus } = Array.isArray(view) ? { nodes: view, focus: null } : view;
  main.replaceChildren(...nodes.flat());
  main.removeAttribute('aria-busy');
  const heading = main.querySelector('h1');
  if (heading) {
    document.title = `${heading.textContent} · NewsApi`;
  }
  if (focus) {
    focus.scrollIntoView({ block: 'center' });
    focus.focus({ preventScroll: true });
    focus.classList.add('flash');
  } else if (heading && moveFocus) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

window.addEventListener('hashchange', () => render(true));
document.querySelector('[data-skip]')?.addEventListener('click', (event) => {
  event.preventDefault(); // a plain #main link would be read as a route
  main.focus();
});
if (!location.hash || location.hash === '#' || location.hash === '#/') {
  history.replaceState(null, '', `#${DEFAULT_ROUTE}`);
}
render(false);
