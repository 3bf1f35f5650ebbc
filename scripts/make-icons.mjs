#!/usr/bin/env node
// Draws the add-in icons (a task table with a check badge) and writes them to assets/ as PNG.
// Deterministic and dependency-free: shapes are sampled on a sub-pixel grid (anti-aliasing by
// supersampling) and encoded with node:zlib and a hand-written CRC32.
//
//   node scripts/make-icons.mjs            writes assets/icon-{16,32,64,80,128}.png, logo-filled.png
//   node scripts/make-icons.mjs --check    exits 1 if a committed PNG's pixels differ from the drawing
//                                          (pixels, not bytes: zlib versions compress differently)

import { deflateSync, inflateSync } from 'node:zlib';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');

// Palette: the red of the national flag for the header, gold for the check badge.
const RED = [0xc8, 0x1d, 0x25, 255];
const DARK_RED = [0x8e, 0x12, 0x18, 255];
const GOLD = [0xf5, 0xb7, 0x00, 255];
const WHITE = [255, 255, 255, 255];
const GRID = [0xb8, 0xa9, 0xa9, 255];
const CLEAR = 'clear';

// ---------------------------------------------------------------- shapes (inside tests, pixel units)

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const rect = (x0, y0, x1, y1) => roundRect(x0, y0, x1, y1, 0);
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
/** Whole pixels, from a picture: 'X' marks a pixel, the top-left character sits at (left, top). */
const pixelArt = (left, top, rows) => {
  const on = new Set();
  rows.forEach((row, dy) =>
    [...row].forEach((ch, dx) => ch === 'X' && on.add(`${left + dx},${top + dy}`)),
  );
  return (x, y) => on.has(`${Math.floor(x)},${Math.floor(y)}`);
};

/** A polyline stroked with round joins and caps. */
const stroke = (points, width) => (x, y) => {
  const h2 = (width / 2) ** 2;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= h2) return true;
  }
  return false;
};

// ---------------------------------------------------------------- the drawing

/**
 * The icon as a list of [shape, colour] painted in order, for a canvas of `size` pixels.
 * Designed on a 16-unit grid; lines snap to whole pixels so the grid stays crisp when small.
 */
function iconLayers(size, { tile = false } = {}) {
  const k = size / 16;
  const px = (u) => Math.round(u * k);
  const line = (u) => Math.max(1, Math.round(u * k));
  const layers = [];

  let inset = 0;
  if (tile) {
    // logo-filled: a red tile behind a white sheet.
    layers.push([roundRect(0, 0, size, size, 3 * k), RED]);
    inset = 2.5;
  }
  const s = (u) => inset + (u * (16 - 2 * inset)) / 16; // design unit inside the (maybe inset) frame

  // The sheet: dark red outline, white page, red header row.
  const x0 = px(s(0.5));
  const y0 = px(s(1.5));
  const x1 = px(s(15.5));
  const y1 = px(s(14.5));
  const border = line(0.75 * (1 - inset / 8));
  const radius = size === 16 ? 1 : 1.6 * k;
  const headerBottom = px(s(5));
  const page = roundRect(
    x0 + border,
    y0 + border,
    x1 - border,
    y1 - border,
    Math.max(0, radius - border),
  );
  layers.push([roundRect(x0, y0, x1, y1, radius), tile ? WHITE : DARK_RED]);
  layers.push([page, WHITE]);
  layers.push([(x, y) => y < headerBottom && page(x, y), tile ? DARK_RED : RED]);

  // Grid: a narrow STT column, then the task column; more rows and columns as the icon grows.
  const g = line(0.5);
  const columns = size >= 32 ? [5, 10.5] : [5.5];
  const rows = size >= 64 ? [7.5, 10, 12.25] : size >= 32 ? [8.25, 11.5] : [8.5, 11.5];
  for (const c of columns)
    layers.push([rect(px(s(c)), headerBottom, px(s(c)) + g, y1 - border), GRID]);
  for (const r of rows) layers.push([rect(x0 + border, px(s(r)), x1 - border, px(s(r)) + g), GRID]);

  // The badge: a gold disc cut out of the sheet, with a dark red check mark. At 16 px a stroked
  // check blurs into a smudge, so it is drawn pixel by pixel.
  const u = (k * (16 - 2 * inset)) / 16;
  const cx = size === 16 ? 12 : s(11.75) * k;
  const cy = size === 16 ? 12 : s(11.5) * k;
  const rBadge = size === 16 ? 4 : 4.25 * u;
  const gap = Math.max(1, 0.9 * k);
  layers.push([circle(cx, cy, rBadge + gap), tile ? RED : CLEAR]);
  layers.push([circle(cx, cy, rBadge), GOLD]);
  const check =
    size === 16
      ? pixelArt(8, 9, ['......X.', '.....XX.', '.X..XX..', '.XXXX...', '..XX....'])
      : stroke(
          [
            [cx - 2.1 * u, cy + 0.1 * u],
            [cx - 0.6 * u, cy + 1.6 * u],
            [cx + 2.2 * u, cy - 1.45 * u],
          ],
          1.45 * u,
        );
  layers.push([check, DARK_RED]);
  return layers;
}

// ---------------------------------------------------------------- rasteriser

/** Paints the layers with `ss`×`ss` samples per pixel; returns straight-alpha RGBA bytes. */
function render(size, layers, ss = 16) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = pxl + (sx + 0.5) / ss;
          const y = py + (sy + 0.5) / ss;
          let colour = null;
          for (const [inside, c] of layers) if (inside(x, y)) colour = c === CLEAR ? null : c;
          if (colour === null) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const o = (py * size + pxl) * 4;
      if (a === 0) continue;
      rgba[o] = Math.round(r / a);
      rgba[o + 1] = Math.round(g / a);
      rgba[o + 2] = Math.round(b / a);
      rgba[o + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return rgba;
}

// ---------------------------------------------------------------- PNG encoder

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The size and RGBA pixels of a PNG this script wrote (8-bit RGBA, filter 0), or null. */
function decodeOwnPng(png) {
  if (png.readUInt32BE(8) !== 13 || png.toString('ascii', 12, 16) !== 'IHDR') return null;
  const size = png.readUInt32BE(16);
  if (png.readUInt32BE(20) !== size || png[24] !== 8 || png[25] !== 6) return null;
  const idat = [];
  for (let o = 8; o < png.length;) {
    const len = png.readUInt32BE(o);
    if (png.toString('ascii', o + 4, o + 8) === 'IDAT') idat.push(png.subarray(o + 8, o + 8 + len));
    o += len + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    if (raw[y * (size * 4 + 1)] !== 0) return null;
    raw.copy(rgba, y * size * 4, y * (size * 4 + 1) + 1, (y + 1) * (size * 4 + 1));
  }
  return { size, rgba };
}

// ---------------------------------------------------------------- main

const outputs = [
  ...[16, 32, 64, 80, 128].map((size) => ({ file: `icon-${size}.png`, size, tile: false })),
  { file: 'logo-filled.png', size: 80, tile: true },
];
const check = process.argv.includes('--check');
let stale = 0;
mkdirSync(outDir, { recursive: true });
for (const { file, size, tile } of outputs) {
  const rgba = render(size, iconLayers(size, { tile }));
  const path = join(outDir, file);
  if (check) {
    let current = null;
    try {
      current = decodeOwnPng(readFileSync(path));
    } catch {
      // missing or unreadable: stale
    }
    if (!current || current.size !== size || !current.rgba.equals(rgba)) {
      console.error(`stale: assets/${file} (run node scripts/make-icons.mjs)`);
      stale++;
    }
  } else {
    const png = encodePng(size, rgba);
    writeFileSync(path, png);
    console.log(`assets/${file} ${size}×${size} ${png.length} B`);
  }
}
process.exitCode = stale ? 1 : 0;
