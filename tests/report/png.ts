import { inflateSync } from "node:zlib";

/** What a test needs to know about a screenshot. */
export interface PngFacts {
  width: number;
  height: number;
  /** Distinct RGB colours in the image. */
  colours: number;
  /** Share of pixels that differ from the most common colour (the background). */
  inked: number;
}

const SIGNATURE = "89504e470d0a1a0a";

/** Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes) far enough to count colours. */
export function pngFacts(png: Buffer): PngFacts {
  if (png.subarray(0, 8).toString("hex") !== SIGNATURE) throw new Error("not a PNG");
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, colourType, , , interlace] = png.subarray(24, 29);
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}`);
  }
  const pixels = unfilter(inflateSync(idat(png)), width, height, colourType === 6 ? 4 : 3);
  const counts = new Map<number, number>();
  for (const colour of pixels) counts.set(colour, (counts.get(colour) ?? 0) + 1);
  const background = Math.max(...counts.values());
  return { width, height, colours: counts.size, inked: 1 - background / (width * height) };
}

function idat(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString("latin1", at + 4, at + 8) === "IDAT")
      parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

// Reverses PNG's per-row filters (none, sub, up, average, Paeth) and yields each pixel as 0xRRGGBB.
function* unfilter(data: Buffer, width: number, height: number, bpp: number): Generator<number> {
  const stride = width * bpp;
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const row = Buffer.from(data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? (row[i - bpp] ?? 0) : 0;
      const b = previous[i] ?? 0;
      const c = i >= bpp ? (previous[i - bpp] ?? 0) : 0;
      const add =
        filter === 1
          ? a
          : filter === 2
            ? b
            : filter === 3
              ? (a + b) >> 1
              : filter === 4
                ? paeth(a, b, c)
                : 0;
      row[i] = ((row[i] ?? 0) + add) & 0xff;
    }
    for (let x = 0; x < stride; x += bpp)
      yield ((row[x] ?? 0) << 16) | ((row[x + 1] ?? 0) << 8) | (row[x + 2] ?? 0);
    previous = row;
  }
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
