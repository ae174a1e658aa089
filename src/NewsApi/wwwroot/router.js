// The address is the state: "#/path?filters". Views read it through parseHash and change it through go, so every
// filtered list can be bookmarked, shared and reached with the browser's back button.

export const DEFAULT_ROUTE = '/overview';

export function parseHash() {
  const raw = location.hash.replace(/^#/, '');
  const [path, query = ''] = raw.split('?');
  return { path: path === '' || path === '/' ? DEFAULT_ROUTE : path, params: new URLSearchParams(query) };
}

/** "#/path?a=1" with the empty parameters left out. */
export function routeHref(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') {
      query.set(key, String(value).trim());
    }
  }
  const text = query.toString();
  return text ? `#${path}?${text}` : `#${path}`;
}

/** Navigates to a route with the given parameters, leaving out empty ones. */
export function go(path, params = {}) {
  location.hash = routeHref(path, params);
}
