// What the build (scripts/prerender.mjs) and the browser tests share: a static server for a
// built folder on 127.0.0.1 (scripts/serve.mjs, as a child process), and Debian's Chromium.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Serve `dir` on 127.0.0.1 under `prefix` from a child process; resolves to its `url` and a
 * `stop()` that ends it by its PID. With `cors`, any origin may read the files; with `gzip`,
 * responses are compressed as a real static host compresses them.
 */
export async function serveFolder(dir, { prefix = "", cors = false, gzip = false } = {}) {
  const flags = [cors && "cors", gzip && "gzip"].filter(Boolean).join(",");
  const child = spawn(process.execPath, [join(here, "serve.mjs"), dir, "0", prefix, flags], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = out.match(/at (http:\/\/127\.0\.0\.1:\d+\/\S*)/);
      if (match) resolve(match[1]);
    });
    child.on("exit", (code) => reject(new Error(`static server exited early (${code}): ${out}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on("exit", resolve);
        process.kill(child.pid, "SIGTERM");
      }),
  };
}

/** The Chromium to drive: $CHROMIUM, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/**
 * Headless Chromium with the flags that work as root in a container, and any `extra` flags
 * (the browser tests' fake camera).
 */
export function launchBrowser(extra = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extra,
    ],
  });
}
