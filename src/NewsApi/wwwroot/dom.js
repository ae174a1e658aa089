// Every piece of text from the API reaches the page as a text node: nothing here parses HTML.

/**
 * h('a', { href: '#/x', class: 'c' }, 'text', child) builds an element. Attribute values are set with
 * setAttribute, children that are strings become text nodes; null/undefined/false children are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'style' && typeof value === 'object') {
      Object.assign(element.style, value); // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy
    } else if (name === 'dataset') {
      for (const [key, data] of Object.entries(value)) {
        if (data !== undefined && data !== null) {
          element.dataset[key] = String(data);
        }
      }
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag, attrs = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== undefined && child !== null && child !== false) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return element;
}

/** A labelled form control: <div class="field"><label for=id>text</label>control</div>. */
export function field(label, control, hint) {
  const hintId = hint ? `${control.id}-hint` : undefined;
  if (hintId) {
    control.setAttribute('aria-describedby', hintId);
  }
  return h('div', { class: 'field' },
    h('label', { for: control.id }, label),
    control,
    hint ? h('small', { id: hintId, class: 'hint' }, hint) : null);
}

export function select(id, name, options, value) {
  // A value typed into the address that is not one of the choices is kept, so the form does not silently change it.
  if (value && !options.some(([optionValue]) => optionValue === value)) {
    options = [...options, [value, value]];
  }
  return h('select', { id, name },
    options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === (value ?? '') }, text)));
}

export const formatNumber = (value) => (value === null || value === undefined ? '' : Number(value).toLocaleString('en-GB'));

/** "2013-09-06T00:00:00+00:00" → "2013-09-06": dates are shown as the API stores them, with no time-zone shift. */
export const isoDay = (value) => (typeof value === 'string' && value.length >= 10 ? value.slice(0, 10) : '');
