// Small pieces shared by the views: problem and empty notices, page and cursor controls, jump-to-text buttons.

import { ApiError } from './api.js';
import { h } from './dom.js';

/** An RFC 9457 problem (or a network error) as an alert with its detail, per-field errors and, for 429, when to retry. */
export function problemBox(error) {
  const problem = error instanceof ApiError ? error.problem ?? {} : { title: 'Unexpected error', detail: String(error?.message ?? error) };
  const fieldErrors = Object.entries(problem.errors ?? {});
  const retry = error?.status === 429
    ? h('p', { class: 'retry' }, error.retryAfterSeconds !== null && error.retryAfterSeconds !== undefined
      ? `Too many requests for now: try again in ${error.retryAfterSeconds} second${error.retryAfterSeconds === 1 ? '' : 's'}.`
      : 'Too many requests for now: try again in a minute.')
    : null;
  return h('div', { class: 'notice error', role: 'alert' },
    h('p', {}, h('strong', {}, problem.title ?? 'Error'), error?.status ? ` (HTTP ${error.status})` : ''),
    problem.detail ? h('p', { class: 'problem-detail' }, problem.detail) : null,
    fieldErrors.length
      ? h('ul', { class: 'field-errors' }, fieldErrors.flatMap(([name, messages]) => [messages].flat().map((message) => h('li', {}, `${name}: ${message}`))))
      : null,
    retry);
}

export const emptyState = (text, ...more) => h('p', { class: 'notice empty' }, text, ...more);

/** For a secondary request: an abort still cancels the view, any other failure is shown in place of its part. */
export const softFail = (error) => {
  if (error.name === 'AbortError') {
    throw error;
  }
  return error;
};

export function pager(page, pageSize, total, onPage, label) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) {
    return null;
  }
  return h('nav', { class: 'pager', 'aria-label': label },
    h('button', { type: 'button', disabled: page <= 1, onclick: () => onPage(page - 1), 'data-page': 'prev' }, '‹ Previous'),
    h('span', { 'aria-live': 'polite' }, `Page ${page} of ${pages}`),
    h('button', { type: 'button', disabled: page >= pages, onclick: () => onPage(page + 1), 'data-page': 'next' }, 'Next ›'));
}

/**
 * Cursor paging for lists that grow without bound: "Show more" fetches the page behind the API's `next` link and
 * hands its items to `add`; the button goes away when there is no next page. The status line is a live region, so a
 * screen reader hears how many items are shown after each load.
 */
export function moreControl(first, fetchNext, add, describe) {
  const status = h('p', { class: 'count', role: 'status', tabindex: '-1' });
  const button = h('button', { type: 'button', class: 'more', 'data-more': '' }, 'Show more');
  const failure = h('div', { class: 'more-error' });
  // The button stays in the document while there is more, so a keyboard user keeps the focus on it between loads.
  const holder = h('div', { class: 'more-row' }, failure, first.next ? button : null);
  let next = first.next;
  let shown = first.items.length;
  let loading = false;
  const describeShown = () => {
    status.textContent = describe(shown, Boolean(next));
  };
  button.addEventListener('click', async () => {
    // aria-disabled rather than disabled: a disabled button drops the keyboard focus.
    if (loading) {
      return;
    }
    loading = true;
    button.setAttribute('aria-disabled', 'true');
    button.textContent = 'Loading…';
    try {
      const page = await fetchNext(next);
      add(page.items);
      shown += page.items.length;
      next = page.next;
      failure.replaceChildren();
      describeShown();
    } catch (error) {
      failure.replaceChildren(problemBox(error));
    } finally {
      loading = false;
      button.removeAttribute('aria-disabled');
      button.textContent = 'Show more';
      if (!next) {
        const hadFocus = document.activeElement === button;
        button.remove();
        if (hadFocus) {
          status.focus(); // the end of the list, rather than the top of the document
        }
      }
    }
  });
  describeShown();
  return [status, holder];
}

export function jumpButton(targetId, text) {
  return h('button', {
    type: 'button', class: 'jump', title: 'Show in the text',
    onclick: () => {
      const target = document.getElementById(targetId);
      if (target) {
        flashFocus(target, 'smooth');
      }
    },
  }, text);
}

/** Scrolls a highlight into view, focuses it and flashes its outline so the eye finds it. */
export function flashFocus(target, behavior = 'auto') {
  target.scrollIntoView({ block: 'center', behavior });
  target.focus({ preventScroll: true });
  target.classList.remove('flash');
  void target.offsetWidth; // restart the animation
  target.classList.add('flash');
}
