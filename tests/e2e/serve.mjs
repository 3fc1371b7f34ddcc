// A static file server for the built app, bound to 127.0.0.1 only.
//
//   node tests/e2e/serve.mjs [DIR] [PORT] [PREFIX] [cors]
//
// With `cors`, every response lets any origin read it (Access-Control-Allow-Origin: *), as a
// deck host that allows cross-site imports would.
// Prints `serving DIR at http://127.0.0.1:PORT/PREFIX` once listening (PORT 0 picks a free
// port), so a test can start it as a child process, read the address, and stop it by PID.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 0);
const cors = process.argv[5] === "cors";
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
    const body = await readFile(file);
    res.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
      ...(cors ? { "access-control-allow-origin": "*" } : {}),
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
