// Boardroom's service worker: after one visit, the app loads and works with the network off.
//
// This is a template: `scripts/service-worker.mjs` runs after every Trunk build and writes
// dist/sw.js from it, with the build's files and a version drawn from their contents. A new
// build is a new version: it installs beside the old one, takes over, and the page shows
// "reload to update" (see src/offline.rs) instead of mixing old and new files.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `boardroom-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("boardroom-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The app's own files come from the cache; anything else (a deck URL the learner fetches, a
// file the cache does not hold) goes to the network as if there were no worker.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      // Every page of the app is index.html (routes live after the #).
      if (request.mode === "navigate") {
        const shell = await cache.match("./");
        if (shell) return shell;
      }
      return fetch(request);
    }),
  );
});
