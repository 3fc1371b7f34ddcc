// Results by camera: three phones play a room game, and the projector's laptop reads their
// result QR codes with its camera. The camera is Chromium's fake one, playing a Y4M video this
// test writes from the phones' own QR codes (drawn from their pixels) and one corrupted
// code's; the podium must match the phones. Then a camera refused, and one absent: said in
// words, with the paste box still there.
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { test } from "node:test";
import { qrcode } from "qrcode-generator";
import { axeViolations, launchBrowser, openPage, screenshot, useApp, visit } from "./harness.mjs";

const app = useApp();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const ROUNDS = 2;

/** The video the fake camera plays: small frames, a QR code each, at ten frames a second. */
const VIDEO = { width: 320, height: 240, fps: 10 };
/** How many frames each QR code is held up for, and the empty frames after it. */
const HELD = 8;
const GAP = 4;

/** Two strong points a reader would credit on any card of the deck it is dealt from. */
const STRONG =
  "If we wait, sign-ups fail once we pass 100 new accounts a day and the Q3 deals stall. Six weeks of two engineers, about $60,000, removes the limit so we can onboard ten times as many customers. " +
  "Every hour the service is down costs about $8,000 in lost orders, and last quarter we lost eleven hours. Two weeks of work halves that risk and protects the renewals due in May.";
const PLAYERS = [
  { name: "Ana", answers: [STRONG, STRONG] },
  { name: "Bea", answers: ["We should refactor it because the code is messy.", "It is important for the platform."] },
  {
    name: "Cy",
    answers: [
      "Customers wait and some leave when sign-ups fail; fixing it takes six weeks and lets sales close the Q3 deals.",
      "Downtime loses orders, so two weeks now saves money and keeps customers.",
    ],
  },
];

/** Fill in `#/play` for an untimed room game and open the host screen. */
async function setUp(page, seed) {
  await visit(page, app.server.url, "/play", "[data-testid=play-setup]");
  await page.fill("[data-testid=setup-rounds]", String(ROUNDS));
  await page.uncheck("[data-testid=setup-timed]");
  await page.check("[data-testid=mode-room]");
  await page.fill("[data-testid=setup-seed]", String(seed));
  await page.click("[data-testid=setup-start]");
  await page.waitForFunction(() => location.hash.startsWith("#/play/host?"));
  await page.waitForSelector("[data-testid=join-link]");
}

/** A phone joins by `link`, plays every round, and returns its result code and points. */
async function play(browser, link, { name, answers }) {
  const phone = await openPage(browser, PHONE);
  const { page } = phone;
  await page.goto(link);
  await page.fill("[data-testid=player-name]", name);
  await page.click("[data-testid=join]");
  await page.click("[data-testid=start-round]");
  for (const answer of answers) {
    // After the first round, the phone's one tap ("Start round N") started this one.
    await page.fill("[data-testid=answer]", answer);
    await page.click("[data-testid=score]");
    await page.waitForSelector("[data-testid=round-score]");
    await page.click("[data-testid=next-round]");
  }
  await page.waitForSelector("[data-testid=player] [data-testid=qr]");
  const code = await page.textContent("[data-testid=result-code]");
  const points = Number((await page.textContent("[data-testid=final-points]")).match(/(\d+) points?/)[1]);
  const qr = await qrPixels(page);
  return { phone, name, code, points, qr };
}

/**
 * The phone's result QR code as its pixels: grey levels, `size` × `size`, drawn from the
 * page's own SVG on a blank page of the same browser (the app's policy refuses the `data:`
 * image this takes, as it should).
 */
async function qrPixels(page, size = 200) {
  const xml = await page.evaluate(() => new XMLSerializer().serializeToString(document.querySelector("[data-testid=player] [data-testid=qr]")));
  const blank = await page.context().newPage();
  try {
    const grey = await blank.evaluate(
      async ([xml, size]) => {
        const image = new Image(size, size);
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
        await image.decode();
        const canvas = Object.assign(document.createElement("canvas"), { width: size, height: size });
        const context = canvas.getContext("2d");
        context.fillStyle = "#fff";
        context.fillRect(0, 0, size, size);
        context.drawImage(image, 0, 0, size, size);
        const { data } = context.getImageData(0, 0, size, size);
        const grey = [];
        for (let i = 0; i < data.length; i += 4) grey.push(Math.round(0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2]));
        return grey;
      },
      [xml, size],
    );
    return { size, grey: Uint8Array.from(grey) };
  } finally {
    await blank.close();
  }
}

/** `text` as a QR code's pixels (6 pixels a module, a quiet zone of 4), for a made-up code. */
function qrOf(text) {
  const qr = qrcode(0, "M");
  qr.addData(text);
  qr.make();
  const modules = qr.getModuleCount();
  const scale = 6;
  const size = (modules + 8) * scale;
  const grey = new Uint8Array(size * size).fill(255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [row, col] = [Math.floor(y / scale) - 4, Math.floor(x / scale) - 4];
      if (row >= 0 && col >= 0 && row < modules && col < modules && qr.isDark(row, col)) grey[y * size + x] = 0;
    }
  }
  return { size, grey };
}

/**
 * A Y4M video (4:2:0, grey) holding each image in turn in the middle of a white frame for
 * HELD frames, with GAP white frames after it; Chromium's fake camera plays it in a loop.
 */
async function writeVideo(path, images) {
  const { width, height, fps } = VIDEO;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const frame = (image) => {
    const luma = Buffer.alloc(width * height, 255);
    if (image) {
      const [left, top] = [(width - image.size) >> 1, (height - image.size) >> 1];
      for (let y = 0; y < image.size; y++) {
        for (let x = 0; x < image.size; x++) luma[(top + y) * width + left + x] = image.grey[y * image.size + x];
      }
    }
    const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
    return Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  };
  const frames = [];
  for (const image of images) {
    for (let i = 0; i < HELD; i++) frames.push(frame(image));
    for (let i = 0; i < GAP; i++) frames.push(frame(null));
  }
  await writeFile(path, Buffer.concat([header, ...frames]));
}

/** On the host screen at `url`, step through every round to the results. */
async function toResults(page, url) {
  await page.goto(url);
  for (let round = 0; round < ROUNDS; round++) {
    await page.click("[data-testid=start-round]");
    await page.click("[data-testid=reveal-round]");
    await page.click("[data-testid=next-round]");
  }
  await page.waitForSelector("[data-testid=collect]");
}

test("the projector's camera reads three phones' result codes to the podium, and refuses a corrupted one", async () => {
  const host = await openPage(app.browser, { viewport: { width: 1280, height: 800 } });
  const phones = [];
  let camera;
  try {
    await setUp(host.page, 5151);
    const link = await host.page.getAttribute("[data-testid=join-link]", "href");
    const hostUrl = host.page.url();
    for (const player of PLAYERS) phones.push(await play(app.browser, link, player));
    const cy = phones[2];
    // One character of Cy's code changed: a QR code that reads, holding a code that does not.
    const last = cy.code.at(-1);
    const corrupted = cy.code.slice(0, -1) + (last === "0" ? "1" : "0");
    const dir = await mkdtemp(joinPath(tmpdir(), "boardroom-camera-"));
    const video = joinPath(dir, "phones.y4m");
    await writeVideo(video, [phones[0].qr, phones[1].qr, qrOf(corrupted), cy.qr]);

    camera = await launchBrowser([
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    const projector = await openPage(camera, { viewport: { width: 1280, height: 900 } });
    const p = projector.page;
    // Every camera stream the page opens, to see that each is stopped again.
    await p.addInitScript(() => {
      window.__streams = [];
      const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const stream = await open(constraints);
        window.__streams.push(stream);
        return stream;
      };
    });
    const cameraOff = () => p.evaluate(() => window.__streams.length > 0 && window.__streams.every((s) => s.getTracks().every((t) => t.readyState === "ended")));
    await toResults(p, hostUrl);
    await p.click("[data-testid=scan-start]");
    const started = Date.now();
    await p.waitForSelector("[data-testid=scan-video]:not([hidden])");
    await p.waitForSelector("[data-testid=scan-stop]");
    await p.waitForFunction(() => document.querySelectorAll("[data-testid=leaderboard] tbody tr").length === 3, null, { timeout: 20_000 });
    const took = Date.now() - started;
    // The corrupted code comes before Cy's real one in the video, so it has been seen too.
    const said = await p.evaluate(() =>
      [...document.querySelectorAll("[data-testid=scan-status] p, [data-testid=scan-log] li")].map((e) => e.textContent),
    );
    console.log(`# camera: ${phones.length} codes read in ${took} ms from pressing Scan (${Math.round(took / phones.length)} ms a code, video at ${VIDEO.fps} frames a second, each code held ${HELD / VIDEO.fps} s)`);
    for (const phone of phones) {
      assert.ok(said.includes(`Added ${phone.name}: ${phone.points} point${phone.points === 1 ? "" : "s"}.`), `${phone.name} confirmed in: ${said.join(" | ")}`);
    }
    assert.ok(
      said.includes(`Refused “${corrupted}”: the check character does not match: a character was mistyped.`),
      `the corrupted code refused in words: ${said.join(" | ")}`,
    );
    assert.match(await p.textContent("[data-testid=scan-status]"), /^(Added|Refused) /, "the latest outcome is in the live region");
    assert.deepEqual(await axeViolations(p), [], "axe violations while scanning");
    await screenshot(p, "game-host-scanning-1280");

    // The podium and the board match what each phone showed.
    const ranked = [...phones].sort((a, b) => b.points - a.points);
    assert.ok(ranked[0].points > ranked[1].points && ranked[1].points > ranked[2].points, `three different totals: ${phones.map((p) => p.points)}`);
    for (const [place, phone] of ranked.entries()) {
      assert.match(await p.textContent(`[data-testid=podium-${place + 1}]`), new RegExp(`^${phone.name}.*${phone.points} points`), `place ${place + 1}`);
    }
    const rows = await p.locator("[data-testid=leaderboard] tbody tr").allTextContents();
    for (const phone of phones) {
      assert.ok(rows.some((row) => row.includes(phone.name) && row.includes(String(phone.points))), `${phone.name} with ${phone.points} in ${rows}`);
    }
    // The video loops: codes seen again are not counted again.
    await p.waitForFunction(() => document.querySelectorAll("[data-testid=scan-log] li").length >= 3);
    assert.equal(await p.locator("[data-testid=leaderboard] tbody tr").count(), 3);
    await p.click("[data-testid=scan-stop]");
    await p.waitForSelector("[data-testid=scan-video][hidden]", { state: "attached" });
    assert.equal(await p.evaluate(() => document.querySelector("[data-testid=scan-video]").srcObject), null, "the camera is off");
    assert.ok(await cameraOff(), "Stop ends the camera's tracks");
    await p.waitForSelector("[data-testid=scan-start]");
    // Scanning again, then leaving the screen, turns the camera off too.
    await p.click("[data-testid=scan-start]");
    await p.waitForSelector("[data-testid=scan-stop]");
    await p.waitForFunction(() => window.__streams.length === 2 && window.__streams[1].getTracks().some((t) => t.readyState === "live"));
    await p.waitForSelector("[data-testid=scan] :text('Hold each phone')");
    // Back to the setup page, in the same build (the home page's build would load the page again).
    await p.evaluate(() => { location.hash = "#/play"; });
    await p.waitForSelector("[data-testid=play-setup]");
    await p.waitForFunction(() => window.__streams.every((s) => s.getTracks().every((t) => t.readyState === "ended")));
    assert.deepEqual(projector.problems, [], "console errors, failed requests or policy violations on the projector");
    await projector.close();
  } finally {
    for (const phone of phones) await phone.phone.close();
    await host.close();
    await camera?.close();
  }
});

test("a camera refused or absent is said in words, and the codes can still be pasted", async () => {
  const host = await openPage(app.browser);
  try {
    await setUp(host.page, 5252);
    const hostUrl = host.page.url();
    for (const [name, message] of [
      ["NotAllowedError", /^The camera was not allowed\. To scan, allow the camera for this page/],
      ["NotFoundError", /^No camera was found on this device\./],
    ]) {
      const projector = await openPage(app.browser);
      const p = projector.page;
      // The browser's own refusal, as getUserMedia gives it when the person says no or
      // there is no camera.
      await p.addInitScript((name) => {
        navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("refused", name));
      }, name);
      await toResults(p, hostUrl);
      await p.click("[data-testid=scan-start]");
      await p.waitForSelector("[data-testid=scan-error]");
      assert.match(await p.textContent("[data-testid=scan-error]"), message);
      assert.ok(await p.isVisible("[data-testid=codes]"), "the paste box is still there");
      assert.ok(await p.isVisible("[data-testid=scan-start]"), "scanning can be tried again");
      assert.ok(await p.isHidden("[data-testid=scan-video]"));
      assert.deepEqual(await axeViolations(p), [], `axe violations with ${name}`);
      if (name === "NotAllowedError") await screenshot(p, "game-host-camera-refused-1100");
      assert.deepEqual(projector.problems, [], "console errors, failed requests or policy violations");
      await projector.close();
    }
  } finally {
    await host.close();
  }
});
