// Trunk's post-build hook (see Trunk.toml): Trunk starts the hooks of one stage together, so
// the steps that must run in order are one hook. First Trunk's inline loader moves into a file
// (for the Content-Security-Policy), then the bundled decks are copied beside the app under
// the names it fetches them by, then the first-visit pages are drawn into index.html (release
// builds), then the service worker lists the files, all of those included.
await import("./boot-script.mjs");
await import("./deck-files.mjs");
await import("./prerender.mjs");
await import("./service-worker.mjs");
