import { unzipSync } from 'fflate';

/** Inflates raw DEFLATE data whose inflated size is known. */
export type InflateRaw = (deflated: Uint8Array, size: number) => Uint8Array;

/**
 * The package parts that `keep` names, inflated by `inflate`. fflate's unzipSync cannot take another
 * inflater, and Node's native one is four times faster than its JavaScript one, so the CLI walks
 * the zip's central directory here and hands each part to zlib. Only the plain case is walked: a
 * package with ZIP64 records, a part name outside ASCII, or a method other than stored and
 * deflated goes to unzipSync whole, so what this reads is what fflate reads.
 */
export function zipParts(bytes: Uint8Array, keep: (name: string) => boolean, inflate: InflateRaw): Record<string, Uint8Array> {
  return plainZipParts(bytes, keep, inflate) ?? unzipSync(bytes, { filter: (f) => keep(f.name) });
}

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;

function plainZipParts(d: Uint8Array, keep: (name: string) => boolean, inflate: InflateRaw): Record<string, Uint8Array> | null {
  const u16 = (i: number) => (d[i] ?? 0) | ((d[i + 1] ?? 0) << 8);
  const u32 = (i: number) => (u16(i) | (u16(i + 2) << 16)) >>> 0;
  // The end record is the last 22 bytes, or earlier by the length of a trailing comment (as fflate).
  let e = d.length - 22;
  while (e > 0 && u32(e) !== END && d.length - e <= 65558) e--;
  if (e < 0 || u32(e) !== END) return null;
  if (e >= 20 && u32(e - 20) === ZIP64_LOCATOR) return null;
  const count = u16(e + 8);
  let at = u32(e + 16);
  const parts: Record<string, Uint8Array> = {};
  for (let k = 0; k < count; k++) {
    if (at + 46 > d.length || u32(at) !== CENTRAL) return null;
    const method = u16(at + 10);
    const size = u32(at + 20);
    const inflatedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const local = u32(at + 42);
    if (size === 0xffffffff || inflatedSize === 0xffffffff || local === 0xffffffff) return null;
    let name = '';
    for (let i = at + 46; i < at + 46 + nameLength; i++) {
      const c = d[i] ?? 0x80;
      if (c >= 0x80) return null;
      name += String.fromCharCode(c);
    }
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (!keep(name)) continue;
    if (local + 30 > d.length || u32(local) !== LOCAL) return null;
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + size > d.length) return null;
    const data = d.subarray(start, start + size);
    if (method === 0) parts[name] = data.slice();
    else if (method === 8) parts[name] = inflate(data, inflatedSize);
    else return null;
  }
  return parts;
}
