// Draws the app icons with Node built-ins only (zlib for PNG), so the icons can be
// regenerated without image tools: `node web/scripts/make-icons.mjs`.
// The design is deliberately neutral (two linked rings on slate): it says nothing
// about who uses the app or why (ux.md, "Discreet").
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const out = new URL('../public/', import.meta.url);
const bg = [0x1f, 0x29, 0x33];
const fg = [0xe4, 0xe7, 0xeb];
const rings = [
  { cx: 0.4, cy: 0.5, r: 0.18 },
  { cx: 0.6, cy: 0.5, r: 0.18 },
];
const stroke = 0.05;

/** Signed distance to a rounded square covering the unit square, corner radius rc. */
function roundedSquare(x, y, rc) {
  const qx = Math.abs(x - 0.5) - (0.5 - rc);
  const qy = Math.abs(y - 0.5) - (0.5 - rc);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - rc;
}

function ringDistance(x, y) {
  return Math.min(...rings.map((g) => Math.abs(Math.hypot(x - g.cx, y - g.cy) - g.r) - stroke / 2));
}

function draw(size, maskable) {
  const ss = 4; // 4×4 supersampling for smooth edges
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let inBg = 0;
      let inFg = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (maskable || roundedSquare(x, y, 0.22) <= 0) inBg++;
          else continue;
          if (ringDistance(x, y) <= 0) inFg++;
        }
      }
      const n = ss * ss;
      const a = inBg / n;
      const f = inBg ? inFg / inBg : 0;
      const o = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[o + c] = Math.round(bg[c] * (1 - f) + fg[c] * f);
      row[o + 3] = Math.round(a * 255);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg(maskable) {
  const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const rect = maskable
    ? `<rect width="512" height="512" fill="${hex(bg)}"/>`
    : `<rect width="512" height="512" rx="113" fill="${hex(bg)}"/>`;
  const circles = rings.map((g) => `<circle cx="${g.cx * 512}" cy="${g.cy * 512}" r="${g.r * 512}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><title>Kontakt</title>${rect}<g fill="none" stroke="${hex(fg)}" stroke-width="${stroke * 512}">${circles}</g></svg>\n`;
}

writeFileSync(new URL('icon-192.png', out), draw(192, false));
writeFileSync(new URL('icon-512.png', out), draw(512, false));
writeFileSync(new URL('icon-maskable-512.png', out), draw(512, true));
writeFileSync(new URL('icon.svg', out), svg(false));
writeFileSync(new URL('favicon.svg', out), svg(false));
process.stdout.write(`icons written to ${out.pathname}\n`);
