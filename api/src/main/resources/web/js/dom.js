// A tiny element builder: h('p', {class: 'x'}, 'text', child) — text is always text, never markup.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Shows why something failed, in words, in the page's alert region. */
export function showError(error) {
  const box = document.getElementById('error');
  box.textContent = error && error.message ? error.message : String(error);
  box.hidden = false;
}

export function clearError() {
  const box = document.getElementById('error');
  box.textContent = '';
  box.hidden = true;
}

/** Says something to screen-reader users through the page's live region. */
export function announce(text) {
  const region = document.getElementById('announce');
  region.textContent = text;
}
