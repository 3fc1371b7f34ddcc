// Draws the app's PNG icons (the manifest's 192 and 512 px, a maskable 512 and the 180 px
// Apple touch icon) from the same shapes as assets/icon.svg: three rising bars for risk, cost
// and opportunity on a navy tile. No image library: the pixels are computed here and written
// as PNG with Node's zlib. Run `node scripts/icons.mjs` after changing the design; the PNGs
// are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const NAVY = [0x1d, 0x35, 0x57];
const BARS = [
  { x: 12, y: 36, w: 10, h: 16, color: [0xe7, 0x6f, 0x51] },
  { x: 27, y: 26, w: 10, h: 26, color: [0xe9, 0xc4, 0x6a] },
  { x: 42, y: 14, w: 10, h: 38, color: [0x2a, 0x9d, 0x8f] },
];

/** Whether (x, y) in a 64-unit box lies in a rectangle with corner radius r. */
function inRounded(x, y, rx, ry, w, h, r) {
  if (x < rx || y < ry || x > rx + w || y > ry + h) return false;
  const cx = Math.min(Math.max(x, rx + r), rx + w - r);
  const cy = Math.min(Math.max(y, ry + r), ry + h - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** RGBA pixels of the icon at `size`; `maskable` fills the square and shrinks the bars into
 * the safe zone (the middle 80%). */
function draw(size, maskable) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4; // 4×4 supersampling for smooth edges
  const scale = maskable ? 0.8 : 1;
  const offset = (64 - 64 * scale) / 2;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * 64;
          const y = ((py + (sy + 0.5) / samples) / size) * 64;
          let color = null;
          if (maskable || inRounded(x, y, 0, 0, 64, 64, 12)) color = NAVY;
          const bx = (x - offset) / scale;
          const by = (y - offset) / scale;
          for (const bar of BARS) if (inRounded(bx, by, bar.x, bar.y, bar.w, bar.h, 2)) color = bar.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 255;
          }
        }
      }
      const n = samples * samples;
      const covered = a / 255;
      const i = (py * size + px) * 4;
      pixels[i] = covered ? Math.round(r / covered) : 0;
      pixels[i + 1] = covered ? Math.round(g / covered) : 0;
      pixels[i + 2] = covered ? Math.round(b / covered) : 0;
      pixels[i + 3] = Math.round(a / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const [name, size, maskable] of [
  ["icon-192.png", 192, false],
  ["icon-512.png", 512, false],
  ["icon-maskable-512.png", 512, true],
  ["apple-touch-icon.png", 180, true],
]) {
  const path = new URL(`../assets/icons/${name}`, import.meta.url);
  writeFileSync(path, png(size, draw(size, maskable)));
  console.log(`icons: ${name} (${size} px)`);
}
