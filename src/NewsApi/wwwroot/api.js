// The page talks to the public API only, with relative URLs (same origin), exactly as any other client would.

/** An API answer that was not 2xx; carries the RFC 9457 problem when the server sent one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
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

export async function getJson(path, params, signal) {
  let response;
  try {
    response = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json' }, signal });
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
    throw new ApiError(response.status, problem);
  }
  return response.json();
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
};
