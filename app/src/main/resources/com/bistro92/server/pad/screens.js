// The pad's screens, drawn from the state on each change. Progressive disclosure, as the seed asks:
// categories → items → choices and quantity → cart → confirmation → sent, then the party's orders.
// Every control a guest can reach carries data-nav: the four-button mode moves between those.

import {h, fill} from './dom.js';
import {t, language, languages} from './i18n.js';
import {money} from './money.js';
import {
  state, go, back, newDraft, missingChoice, toggleModifier, unitCents, instructionsOf, addToCart, available,
  cartCents, cartCount, search, progress, home, safe, ALLERGENS, lineAllergens,
} from './state.js';

/** Instruction chips every item offers; the guest may also type their own on a touch screen. */
const NOTES = ['note.noOnions', 'note.sauceOnSide', 'note.noSalt', 'note.extraSpicy'];

let actions;
let app;

/** `a`: what screens ask of the pad (render, sendCart, callService, pair, saveSettings). */
export function mount(root, a) {
  app = root;
  actions = a;
}

function price(centsValue) {
  return money(centsValue, state.menu ? state.menu.currency : 'EUR', language());
}

function nav(id) {
  return {'data-nav': id};
}

function button(id, label, onclick, extra) {
  return h('button', Object.assign({type: 'button', onclick}, nav(id), extra || {}), label);
}

function redraw(change) {
  return () => {
    change();
    actions.render();
  };
}

export function render() {
  const screens = {
    loading, pair, waiting, menu, items, item, searching, cart, confirm, status, thanks, settings, allergies,
  };
  const needsMenu = !['loading', 'pair', 'waiting', 'thanks', 'settings', 'status'].includes(state.screen);
  const body = needsMenu && !state.menu ? loading() : (screens[state.screen] || menu)();
  fill(app, header(), banner(), h('main', {id: 'screen', class: 'screen screen-' + state.screen}, body), notice());
}

function header() {
  const table = state.me ? state.me.pad.table : '';
  const count = cartCount();
  const showCart = ['menu', 'items', 'item', 'searching', 'status'].includes(state.screen);
  return h('header', {class: 'bar'},
      h('span', {class: 'brand', 'aria-hidden': 'true'}, 'Bistro92'),
      h('span', {class: 'table', id: 'table-name'}, table),
      showCart && count > 0 ? button('bar-cart', t('cart.button', {count, total: price(cartCents())}),
          redraw(() => go('cart')), {class: 'cart-button', id: 'cart-button'}) : null);
}

function banner() {
  if (state.online) return null;
  return h('div', {class: 'banner', id: 'banner', role: 'alert'}, t('feed.reconnecting'));
}

function notice() {
  if (!state.notice) return h('div', {class: 'notice', id: 'notice', role: 'status', 'aria-live': 'polite'});
  return h('div', {class: 'notice shown', id: 'notice', role: 'status', 'aria-live': 'polite'}, state.notice);
}

function loading() {
  return h('p', {class: 'quiet'}, t('loading'));
}

function pair() {
  const code = h('input', {id: 'pair-code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6,
    pattern: '[0-9]{6}', required: true, value: state.pairCode || '', 'aria-describedby': 'pair-help'});
  const name = h('input', {id: 'pair-name', maxlength: 60, value: state.pairName || t('pair.defaultName')});
  const submit = (event) => {
    event.preventDefault();
    actions.pair(code.value.trim(), name.value.trim());
  };
  return h('form', {class: 'card narrow', id: 'pair-form', onsubmit: submit},
      h('h1', {}, t('pair.title')),
      h('p', {id: 'pair-help'}, t('pair.help')),
      h('label', {for: 'pair-code'}, t('pair.code')), code,
      h('label', {for: 'pair-name'}, t('pair.name')), name,
      state.problem ? h('p', {class: 'problem', id: 'pair-problem', role: 'alert'}, state.problem) : null,
      h('button', Object.assign({type: 'submit', class: 'primary', id: 'pair-button'}, nav('pair')),
          t('pair.button')));
}

function waiting() {
  const opening = state.me.guests_open_tables && state.opening;
  return h('section', {class: 'card narrow welcome'},
      h('h1', {id: 'welcome'}, t('waiting.title', {table: state.me.pad.table})),
      opening ? [
        h('p', {class: 'lead'}, t('opening.scan')),
        h('img', {id: 'opening-qr', class: 'qr', alt: t('opening.qr'), width: 240, height: 240,
          src: 'data:image/svg+xml;base64,' + btoa(opening.qr_svg), 'data-url': opening.url}),
        h('p', {class: 'quiet'}, t('opening.staff')),
      ] : h('p', {}, t('waiting.body')),
      languagePicker(),
      button('settings', t('settings.open'), redraw(() => go('settings')), {class: 'quiet-button', id: 'open-settings'}));
}

function languagePicker() {
  return h('div', {class: 'languages', role: 'group', 'aria-label': t('language.pick')},
      languages().map(([code, name]) => button('lang-' + code, name, redraw(() => actions.setLanguage(code)),
          {'aria-pressed': String(code === language()), lang: code, class: 'chip', id: 'lang-' + code})));
}

function menu() {
  const popular = state.suggestions.popular.map((id) => state.items.get(id)).filter((i) => i && safe(i)).slice(0, 4);
  return [
    h('div', {class: 'title-row'},
        h('h1', {}, t('menu.title')),
        languagePicker()),
    busyBanner(),
    h('div', {class: 'search-row'}, searchBox(), allergiesButton()),
    popular.length > 0 ? h('section', {class: 'popular', 'aria-labelledby': 'popular-title'},
        h('h2', {id: 'popular-title'}, t('menu.popular')),
        h('div', {class: 'grid items'}, popular.map(itemCard))) : null,
    h('h2', {class: 'visually-hidden'}, t('menu.categories')),
    h('div', {class: 'grid categories', id: 'categories'},
        state.menu.categories.map((c) => button('category-' + c.id, [
          h('span', {class: 'name'}, c.name),
          h('span', {class: 'count'}, t('menu.itemCount', {count: c.items.filter(safe).length}))],
        redraw(() => go('items', {category: c.id})), {class: 'tile', 'data-category': c.id}))),
    partyActions(),
  ];
}

/** What a list of allergen codes says in the guest's language: "Gluten, Milk". */
function allergenNames(codes) {
  return codes.map((code) => t('allergen.' + code)).join(', ');
}

/** The line under a dish that says what it contains, if anything. */
function contains(item) {
  const codes = item.allergens || [];
  return codes.length === 0 ? null
      : h('span', {class: 'allergens'}, t('allergens.contains', {list: allergenNames(codes)}));
}

function allergiesButton() {
  const count = state.avoid.size;
  return button('allergies', count > 0 ? t('allergens.buttonSome', {count}) : t('allergens.button'),
      redraw(() => go('allergies')), {class: 'chip allergies' + (count > 0 ? ' on' : ''), id: 'allergies'});
}

/** The party says what it must avoid; the menu hides every dish that contains any of it, and each order tells the kitchen. */
function allergies() {
  const note = h('input', {id: 'allergy-note', class: 'touch-only', maxlength: 200, value: state.allergyNote,
    placeholder: t('allergens.note'), 'aria-label': t('allergens.note')});
  note.addEventListener('input', () => {
    state.allergyNote = note.value;
  });
  return [
    h('div', {class: 'title-row'}, backButton(), h('h1', {}, t('allergens.title'))),
    h('p', {class: 'quiet'}, t('allergens.help')),
    h('div', {class: 'choices allergen-choices', role: 'group', 'aria-label': t('allergens.title')},
        ALLERGENS.map((code) => button('avoid-' + code, t('allergen.' + code), redraw(() => {
          if (state.avoid.has(code)) state.avoid.delete(code); else state.avoid.add(code);
        }), {class: 'chip', role: 'checkbox', 'aria-checked': String(state.avoid.has(code)), 'data-allergen': code,
          id: 'avoid-' + code}))),
    note,
    button('allergies-done', t('allergens.done'), redraw(back), {class: 'primary', id: 'allergies-done'}),
  ];
}

function searchBox() {
  const input = h('input', {type: 'search', id: 'search', class: 'touch-only', placeholder: t('search.placeholder'),
    'aria-label': t('search.label'), value: state.query, maxlength: 60, enterkeyhint: 'search'});
  input.addEventListener('input', () => {
    state.query = input.value;
    if (state.screen !== 'searching' && input.value.trim()) {
      go('searching');
      actions.render();
      const again = document.getElementById('search');
      again.focus();
      again.setSelectionRange(again.value.length, again.value.length);
    } else {
      const results = document.getElementById('results');
      if (results) fill(results, searchResults());
    }
  });
  return input;
}

function searchResults() {
  const found = search(state.query);
  if (found.length === 0) return h('p', {class: 'quiet'}, t('search.none', {query: state.query}));
  return h('div', {class: 'grid items'}, found.map(itemCard));
}

function searching() {
  return [
    h('div', {class: 'title-row'}, backButton(), h('h1', {}, t('search.title'))),
    searchBox(),
    h('div', {id: 'results', 'aria-live': 'polite'}, searchResults()),
  ];
}

function backButton() {
  return button('back', t('back'), redraw(back), {class: 'back', id: 'back'});
}

function items() {
  const category = state.menu.categories.find((c) => c.id === state.category);
  if (!category) return menu();
  const shown = category.items.map((i) => state.items.get(i.id)).filter(safe);
  const hidden = category.items.length - shown.length;
  return [
    h('div', {class: 'title-row'}, backButton(), h('h1', {}, category.name)),
    hidden > 0 ? h('p', {class: 'quiet', id: 'hidden-for-allergies'}, t('allergens.hidden', {count: hidden})) : null,
    h('div', {class: 'grid items', id: 'items'}, shown.map(itemCard)),
  ];
}

function itemCard(item) {
  const popular = state.suggestions.popular.includes(item.id);
  const open = () => go('item', {item: item.id, draft: newDraft(item)});
  return button('item-' + item.id, [
    item.has_photo ? h('img', {src: '/api/v1/menu/items/' + item.id + '/photo', alt: '', loading: 'lazy',
      width: 480, height: 360}) : null,
    h('span', {class: 'name'}, item.name),
    h('span', {class: 'description'}, item.description),
    contains(item),
    h('span', {class: 'meta'},
        h('span', {class: 'price'}, price(unitCents(item.id, []))),
        popular ? h('span', {class: 'badge popular'}, t('mark.popular')) : null,
        item.available ? null : h('span', {class: 'badge out'}, t('mark.soldOut')))],
  redraw(open), {class: 'item-card' + (item.available ? '' : ' unavailable'), disabled: !item.available,
    'data-item': item.id});
}

function item() {
  const it = state.items.get(state.item);
  const draft = state.draft;
  if (!it || !draft) return menu();
  const missing = missingChoice(draft);
  const words = (key) => t(key);
  const unit = unitCents(it.id, [...draft.chosen]);
  const pairs = (state.suggestions.goes_well_with[it.id] || []).map((id) => state.items.get(id))
      .filter((i) => i && i.available && safe(i)).slice(0, 3);
  const text = h('input', {id: 'instructions', class: 'touch-only', maxlength: 120, value: draft.text,
    placeholder: t('item.otherInstructions'), 'aria-label': t('item.otherInstructions')});
  text.addEventListener('input', () => {
    draft.text = text.value;
  });
  return [
    h('div', {class: 'title-row'}, backButton(), h('h1', {id: 'item-name'}, it.name)),
    h('div', {class: 'item-detail'},
        it.has_photo ? h('img', {src: '/api/v1/menu/items/' + it.id + '/photo', alt: '', class: 'photo'}) : null,
        h('p', {class: 'description'}, it.description),
        contains(it),
        it.modifier_groups.map((g) => group(g, draft)),
        h('fieldset', {class: 'group'},
            h('legend', {}, t('item.instructions')),
            h('div', {class: 'choices'}, NOTES.map((key) => button('note-' + key, t(key), redraw(() => {
              if (draft.notes.has(key)) draft.notes.delete(key); else draft.notes.add(key);
            }), {class: 'chip', role: 'checkbox', 'aria-checked': String(draft.notes.has(key))}))),
            text),
        stepper('quantity', t('item.quantity'), draft.quantity, (q) => {
          draft.quantity = q;
        }),
        missing ? h('p', {class: 'hint', id: 'missing'}, t('item.choose', {group: missing.name})) : null,
        button('add', t('item.add', {total: price(unit * draft.quantity)}), redraw(() => {
          addToCart(draft, instructionsOf(draft, words));
          state.notice = t('item.added', {count: draft.quantity, name: it.name});
          back();
          if (state.screen === 'item') back();
        }), {class: 'primary', id: 'add', disabled: !!missing || !it.available}),
        pairs.length > 0 ? h('section', {class: 'pairs'},
            h('h2', {}, t('mark.goesWellWith')),
            h('div', {class: 'grid items'}, pairs.map(itemCard))) : null),
  ];
}

function group(g, draft) {
  const limits = g.min_choices === g.max_choices ? t('item.chooseExactly', {count: g.max_choices})
      : g.min_choices > 0 ? t('item.chooseBetween', {min: g.min_choices, max: g.max_choices})
          : t('item.chooseUpTo', {count: g.max_choices});
  const single = g.max_choices === 1;
  return h('fieldset', {class: 'group', 'data-group': g.id},
      h('legend', {}, g.name, ' ', h('span', {class: 'limits'}, limits)),
      h('div', {class: 'choices', role: single ? 'radiogroup' : 'group', 'aria-label': g.name},
          g.modifiers.map((m) => button('modifier-' + m.id, [
            m.name,
            Number(m.price_delta) !== 0 ? h('span', {class: 'delta'}, ' +' + price(Math.round(m.price_delta * 100)))
                : null,
            (m.allergens || []).length > 0 ? h('span', {class: 'adds' + (safe(m) ? '' : ' avoided')},
                ' · ' + t('allergens.adds', {list: allergenNames(m.allergens)})) : null,
            m.available ? null : h('span', {class: 'badge out'}, ' ' + t('mark.soldOut'))],
          redraw(() => toggleModifier(draft, g, m.id)), {
            class: 'chip', role: single ? 'radio' : 'checkbox', 'aria-checked': String(draft.chosen.has(m.id)),
            disabled: !m.available, 'data-modifier': m.id,
          }))));
}

/** A number the guest sets with − and +; in four-button mode it is one stop, moved by buttons 3 and 4. */
function stepper(id, label, value, set, min) {
  const lowest = min ?? 1;
  const change = (by) => redraw(() => set(Math.max(lowest, Math.min(99, value + by))));
  return h('div', {class: 'stepper'},
      h('span', {class: 'label', id: id + '-label'}, label),
      h('button', {type: 'button', class: 'step', onclick: change(-1), 'aria-label': t('step.less', {what: label}),
        disabled: value <= lowest, id: id + '-less'}, '−'),
      h('output', Object.assign({tabindex: 0, role: 'spinbutton', 'aria-valuenow': value, 'aria-valuemin': lowest,
        'aria-valuemax': 99, 'aria-labelledby': id + '-label', 'data-stepper': id, id: id + '-value',
        class: 'value'}, nav(id)), String(value)),
      h('button', {type: 'button', class: 'step', onclick: change(1), 'aria-label': t('step.more', {what: label}),
        disabled: value >= 99, id: id + '-more'}, '+'));
}

/** Four-button mode: what buttons 3 and 4 do to the stepper with the focus. */
export function step(id, by) {
  if (state.screen === 'item' && id === 'quantity') {
    state.draft.quantity = Math.max(1, Math.min(99, state.draft.quantity + by));
  } else if (state.screen === 'cart') {
    const line = state.cart.find((l) => 'line-' + l.line === id);
    if (line) line.quantity = Math.max(1, Math.min(99, line.quantity + by));
  }
}

function cart() {
  const blocked = state.cart.some((l) => !available(l));
  return [
    h('div', {class: 'title-row'}, backButton(), h('h1', {}, t('cart.title'))),
    state.cart.length === 0 ? h('p', {class: 'quiet'}, t('cart.empty')) : h('ul', {class: 'lines', id: 'cart-lines'},
        state.cart.map(cartLine)),
    h('p', {class: 'total', id: 'cart-total'}, t('cart.total'), ' ', h('strong', {}, price(cartCents()))),
    blocked ? h('p', {class: 'problem', role: 'alert', id: 'cart-blocked'}, t('cart.blocked')) : null,
    h('div', {class: 'actions'},
        button('more', t('cart.addMore'), redraw(() => home()), {id: 'add-more'}),
        button('review', t('cart.review'), redraw(() => go('confirm')), {class: 'primary', id: 'review',
          disabled: state.cart.length === 0 || blocked})),
  ];
}

function cartLine(line) {
  const it = state.items.get(line.item);
  const ok = available(line);
  const names = it ? it.modifier_groups.flatMap((g) => g.modifiers).filter((m) => line.modifiers.includes(m.id))
      .map((m) => m.name) : [];
  const avoided = lineAllergens(line).filter((a) => state.avoid.has(a));
  return h('li', {class: 'line' + (ok ? '' : ' unavailable') + (avoided.length ? ' avoided' : ''),
    'data-line-item': line.item},
      h('div', {class: 'what'},
          h('span', {class: 'name'}, it ? it.name : '?'),
          names.length ? h('span', {class: 'modifiers'}, names.join(', ')) : null,
          line.instructions ? h('span', {class: 'instructions'}, line.instructions) : null,
          ok ? null : h('span', {class: 'badge out'}, t('cart.unavailable')),
          avoided.length ? h('span', {class: 'badge allergy', role: 'alert'},
              t('allergens.lineContains', {list: allergenNames(avoided)})) : null),
      stepper('line-' + line.line, t('cart.quantityOf', {name: it ? it.name : ''}), line.quantity, (q) => {
        line.quantity = q;
      }),
      h('span', {class: 'line-total'}, price(it ? unitCents(line.item, line.modifiers) * line.quantity : 0)),
      button('remove-' + line.line, t('cart.remove'), redraw(() => {
        state.cart = state.cart.filter((l) => l !== line);
      }), {class: 'quiet-button remove', 'aria-label': t('cart.removeNamed', {name: it ? it.name : ''})}));
}

function confirm() {
  return [
    h('div', {class: 'title-row'}, backButton(), h('h1', {}, t('confirm.title'))),
    h('ul', {class: 'lines summary'}, state.cart.map((l) => {
      const it = state.items.get(l.item);
      return h('li', {class: 'line'}, h('span', {class: 'name'}, l.quantity + ' × ' + (it ? it.name : '?')),
          h('span', {class: 'line-total'}, price(unitCents(l.item, l.modifiers) * l.quantity)));
    })),
    h('p', {class: 'total'}, t('cart.total'), ' ', h('strong', {id: 'confirm-total'}, price(cartCents()))),
    allergyForKitchen(),
    busyBanner(),
    h('div', {class: 'actions'},
        button('confirm-back', t('back'), redraw(back), {id: 'confirm-back'}),
        button('send', t('confirm.send'), () => actions.sendCart(), {class: 'primary', id: 'send'})),
  ];
}

/** What the kitchen will read of the party's allergy, with a way back to change it; nothing without one. */
function allergyForKitchen() {
  const note = state.allergyNote.trim();
  if (state.avoid.size === 0 && !note) return null;
  const names = allergenNames(ALLERGENS.filter((a) => state.avoid.has(a)));
  const text = names && note ? names + ' · ' + note : names || note;
  return h('div', {class: 'allergy-summary', id: 'confirm-allergy'},
      h('span', {}, t('allergens.forKitchen', {text})),
      button('confirm-allergy-change', t('allergens.change'), redraw(() => go('allergies')),
          {class: 'quiet-button', id: 'confirm-allergy-change'}));
}

const STATUS_WORDS = {
  PLACED: 'status.placed', RECEIVED: 'status.received', PREPARING: 'status.preparing', READY: 'status.ready',
  DELIVERED: 'status.delivered', CANCELLED: 'status.cancelled',
};

function status() {
  const orders = [...state.orders.values()].sort((a, b) => b.id - a.id);
  return [
    h('h1', {}, t('status.title')),
    busyBanner(),
    h('ul', {class: 'orders', id: 'orders'},
        actions.pending().map((entry) => h('li', {class: 'order sending', 'data-key': entry.key},
            h('span', {class: 'state'}, t('status.sending')),
            h('span', {class: 'quiet'}, t('status.items', {count: entry.body.items.reduce((s, i) => s + i.quantity, 0)})))),
        orders.map(orderCard)),
    partyActions(),
  ];
}

/** Says the kitchen is overloaded, with the wait, before the guests order; nothing when it is not. */
function busyBanner() {
  const busy = state.busy;
  if (!busy || !busy.busy) return null;
  return h('p', {class: 'busy', id: 'kitchen-busy', role: 'status'}, busy.wait_s
      ? t('busy.banner', {min: Math.max(1, Math.round(busy.wait_s / 60))}) : t('busy.bannerNoTime'));
}

/**
 * How long the order still takes, as the kitchen estimated it when it was placed: "Ready in about
 * 12 min", a range when the kitchen was unsure, "any minute now" once its time has come; nothing
 * without an estimate, or once it is ready.
 */
function readyIn(order) {
  const estimate = order.ready_in;
  if (!estimate || !['PLACED', 'RECEIVED', 'PREPARING'].includes(order.status)) return null;
  // from when this pad first heard of the order, on its own clock: a tablet's clock may differ from the suite's
  const seen = state.seenAt.get(order.id);
  const since = (Date.now() - (seen !== undefined ? seen : Date.parse(order.created_at))) / 1000;
  const low = Math.ceil((estimate.low_s - since) / 60);
  const high = Math.ceil((estimate.high_s - since) / 60);
  let text;
  if (high <= 0) text = t('wait.soon');
  else if (estimate.high_s - estimate.low_s > 4 * 60 && low >= 1) text = t('wait.range', {low, high});
  else text = t('wait.about', {min: Math.max(1, Math.round((low + high) / 2))});
  return h('p', {class: 'ready-in'}, text);
}

function orderCard(order) {
  const p = progress(order);
  const words = t(STATUS_WORDS[order.status] || 'status.placed', {done: p.done, of: p.of});
  return h('li', {class: 'order status-' + order.status.toLowerCase(), 'data-order': order.id},
      h('div', {class: 'order-head'},
          h('span', {class: 'state'}, words),
          h('span', {class: 'price'}, price(Math.round(order.total * 100)))),
      readyIn(order),
      order.status === 'PREPARING' ? h('progress', {max: p.of, value: p.done, 'aria-label': words}) : null,
      h('ul', {class: 'order-lines'}, order.items.map((l) => h('li', {class: l.done ? 'done' : ''},
          l.quantity + ' × ' + l.name, l.done ? h('span', {class: 'tick'}, ' ✓') : null))));
}

function partyActions() {
  const call = (kind, label, id) => {
    const s = state.calls[kind];
    const text = s === 'acknowledged' ? t('call.' + kind + '.acknowledged') : s === 'raised'
        ? t('call.' + kind + '.raised') : s === 'sending' ? t('call.sending') : null;
    return h('div', {class: 'call'},
        button(id, label, () => actions.callService(kind), {id, class: 'call-button', disabled: s === 'sending'}),
        text ? h('span', {class: 'call-state', id: id + '-state', role: 'status'}, text) : null);
  };
  const hasOrders = state.orders.size > 0 || actions.pending().length > 0;
  return h('div', {class: 'party'},
      state.screen === 'status' ? button('order-more', t('status.orderMore'), redraw(() => home()), {id: 'order-more',
        class: 'primary'}) : hasOrders ? button('my-orders', t('status.open'), redraw(() => go('status')),
          {id: 'my-orders'}) : null,
      call('WAITER', t('call.waiter'), 'call-waiter'),
      call('BILL', t('call.bill'), 'call-bill'));
}

function thanks() {
  return h('section', {class: 'card narrow welcome', id: 'thanks'},
      h('h1', {}, t('thanks.title')),
      h('p', {}, t('thanks.body')));
}

function settings() {
  const modes = [['auto', t('settings.auto')], ['touch', t('settings.touch')], ['keys', t('settings.keys')]];
  return [
    h('div', {class: 'title-row'}, backButton(), h('h1', {}, t('settings.title'))),
    h('fieldset', {class: 'group'},
        h('legend', {}, t('settings.input')),
        h('div', {class: 'choices', role: 'radiogroup'}, modes.map(([mode, label]) => button('mode-' + mode, label,
            redraw(() => actions.setInputMode(mode)), {class: 'chip', role: 'radio', id: 'mode-' + mode,
              'aria-checked': String(actions.inputMode() === mode)})))),
    h('p', {class: 'quiet'}, t('settings.pad', {name: state.me ? state.me.pad.name : ''})),
  ];
}
