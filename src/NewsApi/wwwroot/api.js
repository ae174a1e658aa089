// The page talks to the public API only, with relative URLs (same origin), exactly as any other client would.

/** An API answer that was not 2xx; carries the RFC 9457 problem when the server sent one. */
export class ApiError extends Error {
  constructor(status, problem, retryAfterSeconds = null) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Builds "path?a=1&b=2", leaving out empty values so the API applies its own defaults. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') {
      query.set(key, String(value).trim());
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function send(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, { title: 'Network error', detail: 'The service could not be reached. Is it running?' });
  }
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      problem = { title: response.statusText };
    }
    // Retry-After is delta-seconds on a 429 from this service; an HTTP date (allowed by RFC 9110) is turned into seconds.
    const retryAfter = response.headers.get('Retry-After');
    let seconds = null;
    if (retryAfter) {
      seconds = /^\d+$/.test(retryAfter) ? Number(retryAfter) : Math.max(0, Math.ceil((Date.parse(retryAfter) - Date.now()) / 1000));
    }
    throw new ApiError(response.status, problem, Number.isFinite(seconds) ? seconds : null);
  }
  return response.json();
}

export function getJson(path, params, signal) {
  return send(apiUrl(path, params), { headers: { Accept: 'application/json' }, signal });
}

export function postJson(path, params, body, signal) {
  return send(apiUrl(path, params), {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
}

/**
 * Follows a cursor list's `next` link ("/api/figures?limit=20&after=..."). The link is site-absolute; the page keeps
 * its requests relative to where it is served, so only the link's query is reused, on the page's own relative path.
 */
function nextPage(path, next, signal) {
  const query = new URL(next, location.href).searchParams;
  return getJson(path, Object.fromEntries(query), signal);
}

export const api = {
  articles: (params, signal) => getJson('api/articles', params, signal),
  article: (id, signal) => getJson(`api/articles/${encodeURIComponent(id)}`, {}, signal),
  summary: (id, sentences, signal) => getJson(`api/articles/${encodeURIComponent(id)}/summary`, { sentences }, signal),
  facts: (id, signal) => getJson(`api/articles/${encodeURIComponent(id)}/facts`, {}, signal),
  parties: (params, signal) => getJson('api/parties', params, signal),
  party: (id, signal) => getJson(`api/parties/${encodeURIComponent(id)}`, {}, signal),
  partyTimeline: (id, params, signal) => getJson(`api/parties/${encodeURIComponent(id)}/timeline`, params, signal),
  cooccurring: (id, limit, signal) => getJson(`api/parties/${encodeURIComponent(id)}/cooccurring`, { limit }, signal),
  overview: (signal) => getJson('api/stats/overview', {}, signal),
  timeline: (params, signal) => getJson('api/stats/timeline', params, signal),
  analyze: (input, params, signal) => postJson('api/analyze', params, input, signal),
  figures: (params, signal) => getJson('api/figures', params, signal),
  figuresNext: (next, signal) => nextPage('api/figures', next, signal),
  dates: (params, signal) => getJson('api/dates', params, signal),
  datesNext: (next, signal) => nextPage('api/dates', next, signal),
};
