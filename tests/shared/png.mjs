// Reads a screenshot's pixels, so a test can check the colour a reader sees where no style
// can be read back (a native control's inner parts, such as a meter's bar in Firefox).
// Only what the three engines' screenshots are: 8-bit RGB or RGBA, not interlaced.
import { inflateSync } from 'node:zlib';

/** The colour of each pixel of `png` (a Buffer): `{ width, height, at(x, y) }`, where
 * `at` gives `[r, g, b]` at device pixels. Throws on a PNG it cannot read. */
export function readPng(png) {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0, height = 0, channels = 0;
  const data = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = { 2: 3, 6: 4 }[colour];
      if (depth !== 8 || !channels || interlace !== 0) throw new Error(`PNG kind not read: depth ${depth}, colour ${colour}, interlace ${interlace}`);
    } else if (type === 'IDAT') {
      data.push(body);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  // Undo each row's filter (PNG's five: none, sub, up, average, Paeth).
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i += 1) {
      const a = i >= channels ? pixels[y * stride + i - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i] : 0;
      const c = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a
        : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predicted === undefined) throw new Error(`PNG filter ${filter} not read`);
      pixels[y * stride + i] = (row[i] + predicted) & 0xff;
    }
  }
  return {
    width,
    height,
    at(x, y) {
      const i = Math.round(y) * stride + Math.round(x) * channels;
      return [pixels[i], pixels[i + 1], pixels[i + 2]];
    },
  };
}

/** Whether two `[r, g, b]` colours are the same to within `tolerance` in each channel. */
export function sameColour(a, b, tolerance = 24) {
  return a.every((v, i) => Math.abs(v - b[i]) <= tolerance);
}

/** `rgb(r, g, b)` or `rgba(…)` as `[r, g, b]`. */
export function rgbOf(css) {
  return css.match(/[\d.]+/g).slice(0, 3).map(Number);
}
