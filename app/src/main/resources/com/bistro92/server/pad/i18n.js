// The pad's own words, from messages.js, in the language the guest picked (English by default).

import MESSAGES from './messages.js';

const STORED = 'bistro92.pad.language';
let current = pick(localStorage.getItem(STORED));

function pick(language) {
  return language && MESSAGES[language] ? language : 'en';
}

/** The words for `key`, with {name} replaced from `params`. */
export function t(key, params) {
  const text = MESSAGES[current][key] ?? MESSAGES.en[key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m)) : text;
}

export function language() {
  return current;
}

/** Every language the pad speaks, as [code, its own name]. */
export function languages() {
  return Object.keys(MESSAGES).map((code) => [code, MESSAGES[code]['language.name']]);
}

export function setLanguage(code) {
  current = pick(code);
  localStorage.setItem(STORED, current);
  document.documentElement.lang = current;
}

document.documentElement.lang = current;
