// Trunk's post-build hook (see Trunk.toml): Trunk starts the hooks of one stage together, so
// the two steps that must run in order are one hook. First Trunk's inline loader moves into
// a file (for the Content-Security-Policy), then the service worker lists the files, that
// one included.
await import("./boot-script.mjs");
await import("./service-worker.mjs");
