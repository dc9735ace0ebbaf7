// Draws Callsight's marketplace icon (icon.png, 256×256 RGBA) with no image library: a rounded tile,
// an audio waveform that breaks up in the middle (the incident) and a marker on the break.
//   node scripts/make-icon.mjs [out.png]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 256;
const SUPERSAMPLE = 4;

/** Colours as [r, g, b]. */
const TOP = [22, 50, 92];
const BOTTOM = [18, 110, 130];
const WAVE = [255, 255, 255];
const MARK = [255, 92, 72];

/** Signed distance to a rounded square of half-size `h` and corner radius `r`, centred at 0. */
function roundedBox(x, y, h, r) {
  const qx = Math.abs(x) - (h - r);
  const qy = Math.abs(y) - (h - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** The waveform: calm, a burst of broken-up samples in the middle, calm again (in 0..1 coordinates). */
function wavePoints() {
  const points = [];
  for (let i = 0; i <= 240; i++) {
    const t = i / 240;
    const x = 0.16 + t * 0.68;
    const burst = Math.exp(-(((t - 0.5) / 0.11) ** 2));
    const calm = 0.06 * Math.sin(t * Math.PI * 10);
    const jag = burst * 0.22 * Math.sin(t * Math.PI * 28) * (0.6 + 0.4 * Math.sin(t * 97));
    points.push([x, 0.55 + calm * (1 - burst) + jag]);
  }
  return points;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function shade(u, v, wave) {
  // Returns premultiplied [r, g, b, a] in 0..1 for one sample at (u, v) in 0..1.
  const tile = roundedBox(u - 0.5, v - 0.5, 0.47, 0.12);
  if (tile > 0) return [0, 0, 0, 0];
  let color = TOP.map((c, i) => (c + (BOTTOM[i] - c) * v) / 255);
  // A faint magnifier ring: "sight".
  const ring = Math.abs(Math.hypot(u - 0.5, v - 0.53) - 0.3);
  if (ring < 0.012) color = color.map((c) => c * 0.6 + 0.4);
  let nearest = Infinity;
  for (let i = 1; i < wave.length; i++) {
    const d = distanceToSegment(u, v, wave[i - 1], wave[i]);
    if (d < nearest) nearest = d;
  }
  if (nearest < 0.016) color = WAVE.map((c) => c / 255);
  if (Math.hypot(u - 0.5, v - 0.2) < 0.055) color = MARK.map((c) => c / 255);
  return [...color, 1];
}

function render() {
  const wave = wavePoints();
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const u = (x + (sx + 0.5) / SUPERSAMPLE) / SIZE;
          const v = (y + (sy + 0.5) / SUPERSAMPLE) / SIZE;
          const [r, g, b, a] = shade(u, v, wave);
          acc[0] += r * a;
          acc[1] += g * a;
          acc[2] += b * a;
          acc[3] += a;
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const alpha = acc[3] / n;
      const offset = (y * SIZE + x) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = alpha > 0 ? Math.round((acc[c] / acc[3]) * 255) : 0;
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    rows[y * (SIZE * 4 + 1)] = 0; // no filter
    pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = resolve(process.argv[2] ?? resolve(import.meta.dirname, '..', 'icon.png'));
writeFileSync(out, encodePng(render()));
console.log(`wrote ${out}`);
