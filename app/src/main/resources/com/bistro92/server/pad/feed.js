// The live feed: one WebSocket on the suite's own origin (the cookie goes with the upgrade). It
// resumes after a drop with ?since=<last seq>, so every event arrives once and in order, and backs
// off between attempts. `listener.connected(up)` says at once when it is lost or back, for the
// "Reconnecting…" banner.

const MAX_DELAY_MS = 8000;

export class Feed {
  constructor(listener) {
    this.listener = listener;
    this.seq = null;
    this.socket = null;
    this.delay = 0;
    this.timer = null;
    this.stopped = false;
    this.up = false;
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

  /** Starts over with the whole picture (`initial`): after a new party sits down, say. */
  restart() {
    this.seq = null;
    if (this.socket) this.socket.close();
    else this.now();
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
    socket.onopen = () => {
      this.delay = 0;
      this.up = true;
      this.listener.connected(true);
    };
    socket.onmessage = (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
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
      const jitter = Math.random() * 250;
      this.delay = Math.min(MAX_DELAY_MS, this.delay === 0 ? 250 : this.delay * 2);
      this.timer = setTimeout(() => this.open(), this.delay + jitter);
    };
  }

  lost() {
    if (this.up || this.socket === null) {
      this.up = false;
      this.listener.connected(false);
    }
  }
}
