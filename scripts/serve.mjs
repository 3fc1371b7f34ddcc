// A static file server for the built app, bound to 127.0.0.1 only.
//
//   node scripts/serve.mjs [DIR] [PORT] [PREFIX] [cors,gzip]
//
// With `cors`, every response lets any origin read it (Access-Control-Allow-Origin: *), as a
// deck host that allows cross-site imports would. With `gzip`, responses are gzipped for
// clients that accept it, as static hosts such as GitHub Pages do (the benchmarks use it).
// Prints `serving DIR at http://127.0.0.1:PORT/PREFIX` once listening (PORT 0 picks a free
// port), so a test can start it as a child process, read the address, and stop it by PID.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 0);
const options = (process.argv[5] ?? "").split(",");
const cors = options.includes("cors");
const gzip = options.includes("gzip");
const gzipped = new Map();
const prefix = ("/" + (process.argv[4] ?? "").replace(/^\/+|\/+$/g, "") + "/").replace("//", "/");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".toml": "text/plain; charset=utf-8",
};

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
  if (!path.startsWith(prefix)) {
    res.writeHead(404).end("not found");
    return;
  }
  let file = normalize(join(root, path.slice(prefix.length)));
  if (!file.startsWith(root)) {
    res.writeHead(403).end("forbidden");
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    let body = await readFile(file);
    const packed = gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    if (packed) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
      body = gzipped.get(file);
    }
    res.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
      ...(cors ? { "access-control-allow-origin": "*" } : {}),
      ...(packed ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404, cors ? { "access-control-allow-origin": "*" } : {}).end("not found");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${server.address().port}${prefix}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.close(() => process.exit(0)));
