// Regenerates the add-in icons in assets/: a cloud over a rising bar chart, in Fluent brand blue.
// Run with `node scripts/make-icons.mjs`. Node built-ins only, so it runs on any machine that builds the
// project; the PNGs are committed, so the build never needs this script.
//
// Shapes are described in a 0..1 unit square and sampled SS×SS times per pixel; the average is the
// anti-aliased pixel. 16 px gets its own drawing on the pixel grid, because a scaled-down 128 px drawing
// turns into a blur there; the larger sizes snap their bars to whole pixels.
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// zlib.crc32 arrived in Node 20.15; package.json's engines already require 20.19.
import { deflateSync, crc32 } from "node:zlib";

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const SS = 8;

/** #0F6CBD is Fluent 2's brand blue (the colour of Office's own accent), so the icon sits well in the ribbon. */
const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];

/**
 * @typedef {{ x0: number, x1: number, top: number, bottom: number, r: number }} Bar
 * @typedef {{ cx: number, cy: number, r: number }} Circle
 * @typedef {{ circles: Circle[], base: { x0: number, x1: number, y0: number, y1: number }, bars: Bar[], gap: number }} Glyph
 */

/** The drawing used from 32 px up; in unit coordinates, y down. */
const DETAILED = {
  circles: [
    { cx: 0.27, cy: 0.4, r: 0.125 },
    { cx: 0.45, cy: 0.28, r: 0.19 },
    { cx: 0.68, cy: 0.33, r: 0.15 },
  ],
  // A flat-bottomed slab under the puffs so the cloud has a clean base line.
  base: { x0: 0.27, x1: 0.68, y0: 0.38, y1: 0.525 },
  bars: [
    { x0: 0.14, x1: 0.32, top: 0.7, bottom: 0.94, r: 0.03 },
    { x0: 0.41, x1: 0.59, top: 0.56, bottom: 0.94, r: 0.03 },
    { x0: 0.68, x1: 0.86, top: 0.4, bottom: 0.94, r: 0.03 },
  ],
  // Transparent gap cut around the bars where they rise into the cloud.
  gap: 0.055,
};

/** 16 px: every bar edge on a whole pixel (unit = 1/16), 4 px bars with 1 px gaps, so the bars stay sharp. */
const px16 = (n) => n / 16;
const SMALL = {
  circles: [
    { cx: px16(4), cy: px16(5.5), r: px16(2.5) },
    { cx: px16(7.5), cy: px16(4.2), r: px16(3.3) },
  ],
  base: { x0: px16(4), x1: px16(10), y0: px16(5.5), y1: px16(8) },
  bars: [
    { x0: px16(1), x1: px16(5), top: px16(11), bottom: px16(15), r: 0 },
    { x0: px16(6), x1: px16(10), top: px16(9), bottom: px16(15), r: 0 },
    { x0: px16(11), x1: px16(15), top: px16(5), bottom: px16(15), r: 0 },
  ],
  gap: px16(1),
};

/**
 * Moves bar edges and the gap onto whole pixels of a size-px canvas: the bars are the part of the glyph
 * made of straight edges, and a half-covered pixel column there reads as blur rather than smoothing.
 * @param {Glyph} glyph @param {number} size @returns {Glyph}
 */
function snapToPixels(glyph, size) {
  const snap = (u) => Math.round(u * size) / size;
  return {
    ...glyph,
    bars: glyph.bars.map((b) => ({
      ...b,
      x0: snap(b.x0),
      x1: snap(b.x1),
      top: snap(b.top),
      bottom: snap(b.bottom),
    })),
    gap: Math.max(1, Math.round(glyph.gap * size)) / size,
  };
}

/** @param {number} x @param {number} y @param {Bar} b @param {number} grow */
function insideBar(x, y, b, grow) {
  const x0 = b.x0 - grow;
  const x1 = b.x1 + grow;
  const top = b.top - grow;
  if (x < x0 || x > x1 || y < top || y > b.bottom) return false;
  // Round only the top corners: the bars stand on a common baseline.
  const r = b.r + (b.r > 0 ? grow : 0);
  if (r > 0 && y < top + r) {
    const cx = x < x0 + r ? x0 + r : x > x1 - r ? x1 - r : x;
    const dy = y - (top + r);
    return (x - cx) ** 2 + dy ** 2 <= r * r;
  }
  return true;
}

/** @param {number} x @param {number} y @param {Glyph} g */
function insideCloud(x, y, g) {
  const { base } = g;
  if (x >= base.x0 && x <= base.x1 && y >= base.y0 && y <= base.y1) return true;
  return g.circles.some((c) => y <= base.y1 && (x - c.cx) ** 2 + (y - c.cy) ** 2 <= c.r * c.r);
}

/**
 * @param {number} size
 * @param {{ glyph: Glyph, fg: number[], bg?: number[], inset?: number, corner?: number }} opts
 *   bg paints a rounded square behind the glyph; inset shrinks the glyph into it.
 */
function render(size, { glyph, fg, bg, inset = 0, corner = 0.2 }) {
  const rgba = Buffer.alloc(size * size * 4);
  const scale = 1 - 2 * inset;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let gr = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const ux = (px + (sx + 0.5) / SS) / size;
          const uy = (py + (sy + 0.5) / SS) / size;
          /** @type {number[] | undefined} */
          let colour;
          if (bg && insideRoundedSquare(ux, uy, corner)) colour = bg;
          const gx = (ux - inset) / scale;
          const gy = (uy - inset) / scale;
          const onBar = glyph.bars.some((bar) => insideBar(gx, gy, bar, 0));
          const inGap = !onBar && glyph.bars.some((bar) => insideBar(gx, gy, bar, glyph.gap));
          if (onBar || (!inGap && insideCloud(gx, gy, glyph))) colour = fg;
          if (colour) {
            r += colour[0];
            gr += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Colours were summed only over covered samples, so dividing by `a` un-premultiplies them.
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(gr / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return encodePng(size, size, rgba);
}

/** @param {number} x @param {number} y @param {number} r corner radius */
function insideRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Minimal PNG writer: 8-bit RGBA, no interlace, filter 0 on every row. */
function encodePng(width, height, rgba) {
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(6, 9); // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([len, typeAndData, crc]);
}

mkdirSync(ASSETS, { recursive: true });
const outputs = [
  ["icon-16.png", render(16, { glyph: SMALL, fg: BLUE })],
  ...[32, 64, 80, 128].map((size) => [
    `icon-${size}.png`,
    render(size, { glyph: snapToPixels(DETAILED, size), fg: BLUE }),
  ]),
  // Task pane header logo: the glyph knocked out of a filled tile.
  ["logo-filled.png", render(300, { glyph: DETAILED, fg: WHITE, bg: BLUE, inset: 0.17 })],
];
for (const [name, png] of outputs) {
  writeFileSync(join(ASSETS, name), png);
  console.log(`assets/${name}: ${png.length} bytes`);
}
