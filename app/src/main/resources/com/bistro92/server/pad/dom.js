// Builds the page from data without ever parsing it as HTML: every text from the server becomes a
// text node, so a menu item named "<img src=x onerror=alert(1)>" shows as those characters.

/**
 * h('button', {class: 'big', onclick: go, 'aria-label': 'Back'}, 'Back', child, [more, children])
 * Props: class, id, text (as a text node), on<event> handlers, and any other attribute by name.
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'text') {
      el.textContent = String(value);
    } else if (key === 'value') {
      el.value = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) {
      append(el, child);
    } else if (child instanceof Node) {
      el.appendChild(child);
    } else {
      el.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Puts `children` in place of what `el` held. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}
