// What the pad knows and what the guest has chosen, with the rules of the menu. Screens read it;
// main.js changes it from the server's answers and the feed, and screens from the guest's taps.

import {cents} from './money.js';

export const state = {
  screen: 'loading',
  history: [],
  me: null,
  menu: null,
  items: new Map(),
  suggestions: {popular: [], goes_well_with: {}},
  category: null,
  item: null,
  draft: null,
  query: '',
  cart: [],
  orders: new Map(),
  calls: {},
  online: true,
  notice: null,
  problem: null,
  /** Allergens the party asked to avoid (codes): dishes with any of them are hidden. */
  avoid: new Set(),
  /** What else the party told the kitchen about its allergy, beside the ticked allergens. */
  allergyNote: '',
  /** The kitchen's load, as the suite last said it: {busy, late_tickets, wait_s}. */
  busy: null,
  /** When this pad first heard of each order, on its own clock (ms), by order id. */
  seenAt: new Map(),
};

/** The allergens of the EU's list, in its order, as the menu names them. */
export const ALLERGENS = ['gluten', 'crustaceans', 'eggs', 'fish', 'peanuts', 'soy', 'milk', 'nuts', 'celery',
  'mustard', 'sesame', 'sulphites', 'lupin', 'molluscs'];

/** Whether `item` (or a modifier) contains none of what the party avoids. */
export function safe(item) {
  return !(item.allergens || []).some((a) => state.avoid.has(a));
}

/** What a cart line contains: its dish's allergens and those its chosen modifiers add. */
export function lineAllergens(line) {
  const item = state.items.get(line.item);
  if (!item) return [];
  const found = new Set(item.allergens || []);
  for (const group of item.modifier_groups) {
    for (const m of group.modifiers) if (line.modifiers.includes(m.id)) (m.allergens || []).forEach((a) => found.add(a));
  }
  return ALLERGENS.filter((a) => found.has(a));
}

/** The menu as the server sent it, and an index of its items by id. */
export function setMenu(menu) {
  state.menu = menu;
  state.items = new Map();
  for (const category of menu.categories) {
    for (const item of category.items) state.items.set(item.id, {...item, category: category.id});
  }
}

/** Goes to `screen`, remembering where Back returns to. */
export function go(screen, props) {
  if (state.screen !== screen) state.history.push({screen: state.screen, category: state.category, item: state.item});
  Object.assign(state, props || {});
  state.screen = screen;
}

/** Back one screen; at the menu's start, nowhere. */
export function back() {
  const previous = state.history.pop();
  if (!previous || previous.screen === 'loading') {
    state.history = [];
    state.screen = 'menu';
    return;
  }
  Object.assign(state, previous);
}

/** Starts at the menu with nothing behind it. */
export function home(screen) {
  state.history = [];
  state.screen = screen || 'menu';
  state.category = null;
  state.item = null;
  state.draft = null;
  state.query = '';
}

/** A fresh choice of `item`: no modifiers yet (but the only one of a one-choice group), quantity 1. */
export function newDraft(item) {
  const chosen = new Set();
  for (const group of item.modifier_groups) {
    const open = group.modifiers.filter((m) => m.available);
    if (group.min_choices === 1 && group.max_choices === 1 && open.length === 1) chosen.add(open[0].id);
  }
  return {item: item.id, chosen, notes: new Set(), text: '', quantity: 1};
}

/** Why the draft cannot be added yet: the first group with too few choices, or null. */
export function missingChoice(draft) {
  const item = state.items.get(draft.item);
  for (const group of item.modifier_groups) {
    const count = group.modifiers.filter((m) => draft.chosen.has(m.id)).length;
    if (count < group.min_choices) return group;
  }
  return null;
}

/** Picks or drops modifier `id` of `group`, within its limits (a one-choice group swaps). */
export function toggleModifier(draft, group, id) {
  if (draft.chosen.has(id)) {
    draft.chosen.delete(id);
    return;
  }
  const inGroup = group.modifiers.filter((m) => draft.chosen.has(m.id));
  if (group.max_choices === 1) {
    inGroup.forEach((m) => draft.chosen.delete(m.id));
  } else if (inGroup.length >= group.max_choices) {
    return;
  }
  draft.chosen.add(id);
}

/** The price of one of the draft's item with its choices, in cents. */
export function unitCents(itemId, modifierIds) {
  const item = state.items.get(itemId);
  let total = cents(item.price);
  for (const group of item.modifier_groups) {
    for (const m of group.modifiers) if (modifierIds.includes(m.id)) total += cents(m.price_delta);
  }
  return total;
}

/** The draft's instructions, as the kitchen will read them. */
export function instructionsOf(draft, words) {
  return [...draft.notes].map(words).concat(draft.text.trim() ? [draft.text.trim()] : []).join('; ');
}

/** Adds the draft to the cart: the same item with the same choices and words adds to its line. */
export function addToCart(draft, instructions) {
  const modifiers = [...draft.chosen].sort((a, b) => a - b);
  const same = state.cart.find((l) => l.item === draft.item && l.instructions === instructions
      && l.modifiers.join() === modifiers.join());
  if (same) {
    same.quantity = Math.min(99, same.quantity + draft.quantity);
  } else {
    state.cart.push({line: crypto.randomUUID(), item: draft.item, modifiers, instructions, quantity: draft.quantity});
  }
}

/** Whether a cart line can still be ordered: its item and every choice on sale now. */
export function available(line) {
  const item = state.items.get(line.item);
  if (!item || !item.available) return false;
  return item.modifier_groups.every((g) => g.modifiers.every((m) => m.available || !line.modifiers.includes(m.id)));
}

export function cartCents() {
  return state.cart.reduce((sum, l) => sum + (state.items.has(l.item) ? unitCents(l.item, l.modifiers) : 0)
      * l.quantity, 0);
}

export function cartCount() {
  return state.cart.reduce((sum, l) => sum + l.quantity, 0);
}

/** The order the server is sent for the cart. */
export function orderOfCart(key) {
  const order = {
    items: state.cart.map((l) => ({
      menu_item_id: l.item, quantity: l.quantity, modifier_ids: l.modifiers, instructions: l.instructions,
    })),
    notes: '',
    idempotency_key: key,
  };
  const note = state.allergyNote.trim();
  if (state.avoid.size > 0 || note) {
    order.allergy = {allergens: ALLERGENS.filter((a) => state.avoid.has(a)), note};
  }
  return order;
}

/** Items whose name or description holds every word of `query`, ignoring case and accents. */
export function search(query) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return [...state.items.values()].filter(safe).filter((item) => {
    const text = fold(item.name + ' ' + item.description);
    return words.every((w) => text.includes(w));
  });
}

function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** How far the kitchen is with `order`: lines done of lines to cook. */
export function progress(order) {
  const lines = order.items.filter((l) => !l.comped);
  return {done: lines.filter((l) => l.done).length, of: lines.length};
}
