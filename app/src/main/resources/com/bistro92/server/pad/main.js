// The web pad: pairs from the code in the link's fragment, then shows the menu, takes the party's
// order, and follows it through the kitchen on the live feed.

import {get, post, NoAnswer} from './api.js';
import {Feed} from './feed.js';
import {Outbox, newKey} from './outbox.js';
import {t, setLanguage} from './i18n.js';
import {listen, restoreFocus} from './keys.js';
import {mount, render as draw, step} from './screens.js';
import {state, setMenu, home, back, orderOfCart} from './state.js';

const MENU_CACHE = 'bistro92.pad.menu';
const INPUT_MODE = 'bistro92.pad.input';
const THANKS_MS = 30000;
const NOTICE_MS = 4000;

let lastInput = Date.now();
let noticeTimer = null;
let thanksTimer = null;
let rendered = null;
let partySince = 0;
let registration = null;
let newRelease = false;

const outbox = new Outbox({
  sent(entry, order) {
    // an answer that crossed a change of party belongs to the party that left
    if (order && order.id && entry.created >= partySince) keep(order);
    say(t('status.sent'));
  },
  refused(entry, detail) {
    say(t('status.refused', {detail}));
  },
  changed: render,
});

const feed = new Feed({
  connected(up) {
    state.online = up;
    if (up) {
      outbox.kick();
      // back after a drop: the suite may have been upgraded; the browser fetches sw.js again to see
      if (registration) registration.update().catch(() => {});
    }
    render();
  },
  initial(message) {
    state.orders = new Map(message.orders.map((o) => [o.id, o]));
    refreshMe();
    loadWait();
  },
  event: onEvent,
  refused() {
    refreshMe();
  },
});

function inputMode() {
  return localStorage.getItem(INPUT_MODE) || 'auto';
}

function keysOn() {
  const mode = inputMode();
  return mode === 'keys' || (mode === 'auto' && innerWidth <= 560 && innerHeight <= 400);
}

function render() {
  reloadIfIdle();
  const keys = keysOn();
  document.documentElement.dataset.input = keys ? 'keys' : 'touch';
  const focused = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.nav : null;
  const screenChanged = rendered !== state.screen;
  rendered = state.screen;
  draw();
  if (state.screen === 'menu' && state.menu && performance.getEntriesByName('bistro92:menu').length === 0) {
    // the first paint of the menu, for the benchmark (app/web-pad-bench) and the browser's own tools
    performance.mark('bistro92:menu');
  }
  if (keys) restoreFocus(screenChanged ? null : focused);
  else if (focused && !screenChanged) {
    const again = document.querySelector('[data-nav="' + CSS.escape(focused) + '"]');
    if (again) again.focus();
  }
}

function say(text) {
  state.notice = text;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => {
    state.notice = null;
    render();
  }, NOTICE_MS);
  render();
}

function onEvent(message) {
  switch (message.type) {
    case 'new_order':
    case 'order_updated':
      keep(message.order);
      break;
    case 'service_request':
      state.calls[message.request.kind] = message.request.acknowledged_at ? 'acknowledged' : 'raised';
      break;
    case 'service_acknowledged':
      state.calls[message.request.kind] = 'acknowledged';
      break;
    case 'table_seated':
      partyChanged(true);
      break;
    case 'table_closed':
      partyChanged(false);
      break;
    case 'menu_changed':
      loadMenu();
      break;
    case 'kitchen_busy':
      state.busy = message.kitchen;
      break;
    default:
      return;
  }
  render();
}

/** Keeps `order` unless the pad already has a later version of it (answers and the feed may cross). */
function keep(order) {
  if (!state.seenAt.has(order.id)) state.seenAt.set(order.id, Date.now());
  const known = state.orders.get(order.id);
  if (!known || known.version <= order.version) state.orders.set(order.id, order);
}

/** A new party sat down, or the last one left: nothing of theirs stays on the pad. */
function partyChanged(seated) {
  partySince = Date.now();
  state.me.seated = seated;
  state.orders = new Map();
  state.calls = {};
  state.cart = [];
  state.avoid = new Set();
  state.allergyNote = '';
  state.seenAt = new Map();
  clearTimeout(thanksTimer);
  showOpening();
  if (seated) {
    home('menu');
  } else {
    home('thanks');
    thanksTimer = setTimeout(() => {
      if (!state.me.seated) {
        home('waiting');
        render();
      }
    }, THANKS_MS);
  }
}

async function pair(code, name) {
  if (!/^\d{6}$/.test(code)) {
    state.problem = t('pair.codeFormat');
    render();
    return;
  }
  state.problem = null;
  state.pairCode = code;
  let answer;
  try {
    answer = await post('/api/v1/pads/pair', {code, name: name || t('pair.defaultName'), cookie: true});
  } catch (e) {
    state.problem = t('offline');
    render();
    return;
  }
  if (!answer.ok) {
    state.problem = answer.detail;
    render();
    return;
  }
  state.pairCode = '';
  await start();
}

let openingTimer = null;

/**
 * While nobody sits at the table and guests may open it, keeps the table's one-time code on the
 * waiting screen: each code is good for a minute, so the next is fetched as the last one ends.
 */
async function showOpening() {
  clearTimeout(openingTimer);
  if (!state.me || state.me.seated || !state.me.guests_open_tables) {
    state.opening = null;
    return;
  }
  let wait = 5000;
  try {
    const answer = await get('/api/v1/pads/me/opening');
    if (answer.ok) {
      state.opening = answer.body;
      wait = Math.max(1000, answer.body.expires_in_seconds * 1000 - 500);
    } else {
      state.opening = null;
    }
  } catch (e) {
    state.opening = null;
  }
  render();
  openingTimer = setTimeout(showOpening, wait);
}

/** Asks who this pad is; without a valid cookie, shows the pairing form. */
async function refreshMe() {
  let answer;
  try {
    answer = await get('/api/v1/pads/me');
  } catch (e) {
    if (e instanceof NoAnswer) return false;
    throw e;
  }
  if (answer.status === 401 || answer.status === 403) {
    // not paired, or revoked: this pad pairs again
    feed.stop();
    state.me = null;
    state.screen = 'pair';
    render();
    return false;
  }
  if (!answer.ok) return false;
  const wasSeated = state.me ? state.me.seated : null;
  state.me = answer.body;
  showOpening();
  if (state.screen === 'loading' || state.screen === 'pair') {
    home(state.me.seated ? 'menu' : 'waiting');
  } else if (wasSeated !== null && wasSeated !== state.me.seated) {
    partyChanged(state.me.seated);
  } else if (!state.me.seated && state.screen !== 'thanks' && state.screen !== 'settings') {
    home('waiting');
  }
  render();
  return true;
}

async function loadMenu() {
  const cached = JSON.parse(localStorage.getItem(MENU_CACHE) || 'null');
  try {
    const answer = await get('/api/v1/menu', cached ? {'If-None-Match': cached.etag} : {});
    if (answer.status === 200) {
      localStorage.setItem(MENU_CACHE, JSON.stringify({etag: answer.headers.get('ETag'), menu: answer.body}));
      setMenu(answer.body);
    } else if (answer.status === 304 && cached) {
      setMenu(cached.menu);
    }
  } catch (e) {
    if (!(e instanceof NoAnswer)) throw e;
  }
  render();
}

/** The kitchen's load now; after that, each change comes on the feed. */
async function loadWait() {
  try {
    const answer = await get('/api/v1/kitchen/wait');
    if (answer.ok) {
      state.busy = answer.body;
      render();
    }
  } catch (e) {
    // the wait is a nicety: ordering works without it
  }
}

async function loadSuggestions() {
  try {
    const answer = await get('/api/v1/menu/suggestions');
    if (answer.ok) state.suggestions = answer.body;
  } catch (e) {
    // marks are a nicety: the menu works without them
  }
}

async function start() {
  const cached = JSON.parse(localStorage.getItem(MENU_CACHE) || 'null');
  if (cached) setMenu(cached.menu);
  let known = await refreshMe();
  for (let wait = 500; !known && state.screen !== 'pair'; wait = Math.min(8000, wait * 2)) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    known = await refreshMe();
  }
  if (!known) return;
  await Promise.all([loadMenu(), loadSuggestions(), loadWait()]);
  feed.start();
  // the time an order still takes counts down on the pad's own clock: nothing is asked of the suite
  setInterval(() => {
    if (state.screen === 'status') render();
  }, 30000);
  render();
}

async function sendCart() {
  if (state.cart.length === 0) return;
  const order = orderOfCart(newKey());
  try {
    await outbox.add(order);
  } catch (e) {
    // without a place to keep it first, the order is not sent: it could be lost or doubled
    say(t('storage'));
    return;
  }
  state.cart = [];
  home('status');
  render();
}

async function callService(kind) {
  state.calls[kind] = 'sending';
  render();
  try {
    const answer = await post('/api/v1/service-requests', {kind});
    if (answer.ok) {
      if (state.calls[kind] === 'sending') state.calls[kind] = 'raised';
    } else {
      delete state.calls[kind];
      say(answer.detail);
    }
  } catch (e) {
    delete state.calls[kind];
    say(t('offline'));
  }
  render();
}

/** Kiosk care: a cart left half-built is cleared after the restaurant's idle time. */
function watchIdle() {
  const touched = () => {
    lastInput = Date.now();
  };
  addEventListener('pointerdown', touched, {passive: true});
  addEventListener('keydown', touched);
  setInterval(() => {
    const idle = (state.me && state.me.idle_clear_seconds) || 180; // the suite's setting; 3 minutes before it is known
    const away = ['items', 'item', 'searching', 'cart', 'confirm'].includes(state.screen);
    if (Date.now() - lastInput > idle * 1000 && (state.cart.length > 0 || away) && state.me && state.me.seated) {
      state.cart = [];
      home('menu');
      render();
    }
  }, 5000);
}

mount(document.getElementById('app'), {
  render,
  pair,
  sendCart,
  callService,
  pending: () => outbox.pending,
  setLanguage(code) {
    setLanguage(code);
  },
  inputMode,
  setInputMode(mode) {
    localStorage.setItem(INPUT_MODE, mode);
  },
});

listen({
  keysOn,
  back() {
    if (state.screen === 'menu' || state.screen === 'waiting' || state.screen === 'status') {
      if (state.screen === 'status') home('menu');
    } else {
      back();
    }
    render();
  },
  step(id, by) {
    step(id, by);
    render();
  },
});

addEventListener('resize', () => render());
watchIdle();

if ('serviceWorker' in navigator) {
  const controlled = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.register('/pad/sw.js', {scope: '/pad/'}).then((r) => {
    registration = r;
  }).catch(() => {
    // without it the pad still works, only not offline-first
  });
  // a new release's worker took over (the suite was upgraded): a kiosk tab never reloads by itself,
  // so it does, as soon as no guest is in the middle of an order
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) {
      newRelease = true;
      reloadIfIdle();
    }
  });
}

/** Loads the new release once nothing would be lost: no cart, nothing being sent, not mid-order. */
function reloadIfIdle() {
  if (newRelease && state.cart.length === 0 && outbox.pending.length === 0
      && ['menu', 'waiting', 'status', 'thanks'].includes(state.screen)) {
    location.reload();
  }
}

(async () => {
  render();
  try {
    await outbox.start();
  } catch (e) {
    state.problem = t('storage');
  }
  if (!(await pairFromLink())) await start();
})();

/** A link with the pairing code in its fragment (the QR's), opened now or into a pad already open. */
async function pairFromLink() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (!fragment.has('code')) return false;
  history.replaceState(null, '', location.pathname);
  feed.stop();
  state.screen = 'pair';
  await pair(fragment.get('code'), '');
  return true;
}

addEventListener('hashchange', () => pairFromLink());
