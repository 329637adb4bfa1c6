// Orders on their way to the kitchen. Each is written to IndexedDB, with its idempotency key, before
// it is sent, and stays there until the suite has answered: a dropped network, a timeout, a reload or
// a restart of the suite only means it is sent again with the same key, which the suite answers with
// the first order. So an order is never lost and never doubled.

import {post, NoAnswer} from './api.js';

const DB = 'bistro92-pad';
const STORE = 'outbox';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, {keyPath: 'key'});
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export class Outbox {
  /** `listener.sent(entry, order)`, `listener.refused(entry, detail)`, `listener.changed()`. */
  constructor(listener) {
    this.listener = listener;
    this.pending = [];
    this.db = null;
    this.running = false;
    this.delay = 0;
    this.timer = null;
  }

  async start() {
    this.db = await open();
    const tx = this.db.transaction(STORE, 'readonly');
    const all = tx.objectStore(STORE).getAll();
    await done(tx);
    this.pending = all.result.sort((a, b) => a.created - b.created);
    this.listener.changed();
    this.kick();
  }

  /** Keeps `order` (its lines, notes and key) on disk, then sends it. Resolves once it is stored. */
  async add(order) {
    if (!this.db) throw new Error('no IndexedDB');
    const entry = {key: order.idempotency_key, body: order, created: Date.now()};
    const tx = this.db.transaction(STORE, 'readwrite', {durability: 'strict'});
    tx.objectStore(STORE).put(entry);
    await done(tx);
    this.pending.push(entry);
    this.listener.changed();
    this.kick();
  }

  /** Sends again now, after the network or the feed came back. */
  kick() {
    clearTimeout(this.timer);
    this.delay = 0;
    this.run();
  }

  async run() {
    if (this.running) return;
    this.running = true;
    try {
      while (this.pending.length > 0) {
        const entry = this.pending[0];
        let answer;
        try {
          answer = await post('/api/v1/orders', entry.body);
        } catch (e) {
          if (!(e instanceof NoAnswer)) throw e;
          answer = null;
        }
        if (answer && answer.ok) {
          await this.remove(entry);
          this.listener.sent(entry, answer.body);
        } else if (answer && answer.status >= 400 && answer.status < 500 && answer.status !== 408
            && answer.status !== 429) {
          await this.remove(entry);
          this.listener.refused(entry, answer.detail);
        } else {
          // no answer, busy or paused: the same key again, later; never a second order
          const retryAfter = answer && Number(answer.headers.get('Retry-After'));
          this.delay = retryAfter > 0 ? retryAfter * 1000 : Math.min(8000, Math.max(500, this.delay * 2));
          this.timer = setTimeout(() => this.run(), this.delay);
          return;
        }
      }
    } finally {
      this.running = false;
    }
  }

  async remove(entry) {
    const tx = this.db.transaction(STORE, 'readwrite', {durability: 'strict'});
    tx.objectStore(STORE).delete(entry.key);
    await done(tx);
    this.pending = this.pending.filter((e) => e.key !== entry.key);
    this.listener.changed();
  }
}

/** A key no other order of this pad will have: random, so a reload can never make the same one. */
export function newKey() {
  return 'web-' + crypto.randomUUID();
}
