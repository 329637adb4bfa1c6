// The pad's calls to the suite: same origin, its HttpOnly cookie sent by the browser (script never
// sees it), JSON both ways, and a deadline on every request so that a stalled network turns into a
// retry rather than a screen that waits for ever.

const TIMEOUT_MS = 10000;

/** The server answered; `status` and the parsed `body` (a problem+json on errors). */
export class Answer {
  constructor(status, body, headers) {
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  get ok() {
    return this.status >= 200 && this.status < 300;
  }

  /** What to tell the guest when the server said no. */
  get detail() {
    return (this.body && (this.body.detail || this.body.title)) || String(this.status);
  }
}

/** No answer: the network dropped, the suite is down, or the deadline passed. Safe to retry. */
export class NoAnswer extends Error {
}

export async function call(method, path, body, extraHeaders) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const headers = Object.assign({Accept: 'application/json'}, extraHeaders || {});
  const init = {method, headers, signal: controller.signal, credentials: 'same-origin', cache: 'no-store'};
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new NoAnswer(e && e.name === 'AbortError' ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
  }
  let parsed = null;
  if (response.status !== 204 && response.status !== 304) {
    try {
      parsed = await response.json();
    } catch (e) {
      parsed = null;
    }
  }
  return new Answer(response.status, parsed, response.headers);
}

export const get = (path, headers) => call('GET', path, undefined, headers);
export const post = (path, body) => call('POST', path, body);
