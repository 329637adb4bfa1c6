// The live feed: one WebSocket on the suite's own origin (the cookie goes with the upgrade). It
// resumes after a drop with ?since=<last seq>, so every event arrives once and in order, and backs
// off between attempts. `listener.connected(up)` says at once when it is lost or back, for the
// "Reconnecting…" banner.
//
// A Wi-Fi that silently drops a connection gives no close for minutes, and a page cannot see the
// server's protocol pings. So the pad says "ping" every PING_MS and the suite answers; a feed that
// has said nothing for SILENT_MS is taken as lost at once, well within 2 s.

const MAX_DELAY_MS = 8000;
const PING_MS = 500;
const SILENT_MS = 1750;
const CHECK_MS = 250;
const CONNECT_MS = 5000;

export class Feed {
  constructor(listener) {
    this.listener = listener;
    this.seq = null;
    this.socket = null;
    this.delay = 0;
    this.timer = null;
    this.stopped = false;
    this.up = false;
    this.heard = 0;
    this.lastPing = 0;
    setInterval(() => this.watch(), CHECK_MS);
    addEventListener('online', () => this.now());
    addEventListener('offline', () => this.lost());
  }

  start() {
    this.stopped = false;
    this.open();
  }

  /** Closes the feed for good (the pad was revoked). */
  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.socket) this.socket.close();
  }

  now() {
    if (this.stopped || (this.socket && this.socket.readyState <= WebSocket.OPEN)) return;
    clearTimeout(this.timer);
    this.delay = 0;
    this.open();
  }

  open() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const since = this.seq === null ? '' : '?since=' + this.seq;
    const socket = new WebSocket(scheme + '//' + location.host + '/ws/orders' + since);
    this.socket = socket;
    this.opened = Date.now();
    socket.onopen = () => {
      this.heard = Date.now();
      this.delay = 0;
      this.up = true;
      this.listener.connected(true);
    };
    socket.onmessage = (event) => {
      if (this.socket !== socket) return;
      this.heard = Date.now();
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (message.type === 'pong') return;
      if (message.type === 'initial') {
        this.seq = message.seq;
        this.listener.initial(message);
        return;
      }
      if (typeof message.seq === 'number') {
        if (this.seq !== null && message.seq <= this.seq) return; // already had it
        this.seq = message.seq;
      }
      this.listener.event(message);
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.lost();
      if (this.stopped) return;
      if (event.code === 1008 || event.code === 4401) {
        this.listener.refused();
        return;
      }
      this.retry();
    };
  }

  /** Opens again after a growing pause, with some jitter so that pads do not all come back at once. */
  retry() {
    clearTimeout(this.timer);
    const jitter = Math.random() * 250;
    this.delay = Math.min(MAX_DELAY_MS, this.delay === 0 ? 250 : this.delay * 2);
    this.timer = setTimeout(() => this.open(), this.delay + jitter);
  }

  /** Asks the suite for a word now and then; gives the feed up when it has gone quiet. */
  watch() {
    const socket = this.socket;
    const now = Date.now();
    if (socket && socket.readyState === WebSocket.CONNECTING && now - this.opened > CONNECT_MS) {
      // a connection that never opens (the Wi-Fi is gone): try again later, not never
      this.socket = null;
      socket.close();
      this.retry();
      return;
    }
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    if (now - this.heard > SILENT_MS) {
      this.socket = null;
      socket.close();
      this.lost();
      this.delay = 0;
      this.open();
      return;
    }
    if (now - this.lastPing >= PING_MS) {
      this.lastPing = now;
      socket.send('ping');
    }
  }

  lost() {
    if (this.up || this.socket === null) {
      this.up = false;
      this.listener.connected(false);
    }
  }
}
