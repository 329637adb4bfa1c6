// The web pad's service worker: it keeps the app's shell (the page, its scripts, styles and icons)
// of this release, so the pad opens at once and from the home screen. Nothing else: the menu, orders
// and the feed always go to the network, and the outbox in IndexedDB keeps what is being sent.

const VERSION = '{{version}}';
const CACHE = 'bistro92-pad-' + VERSION;
// the release's files, as the suite serves them (it writes their names here)
const SHELL = ['/pad/', '/pad/manifest.webmanifest'].concat(
    '{{files}}'.split(',').map((file) => '/pad/v/' + VERSION + '/' + file));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('bistro92-pad-') && n !== CACHE)
          .map((n) => caches.delete(n))))
      .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  const shell = request.mode === 'navigate' && url.pathname.startsWith('/pad') ? '/pad/'
      : SHELL.includes(url.pathname) ? url.pathname : null;
  if (shell === null) return; // the API and the feed: the network, always
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(shell)).then((hit) => hit || fetch(request)));
});
