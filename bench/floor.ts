import { unzipSync } from 'fflate';
import { zipParts, type InflateRaw } from '../src/hosts/xlsx/zipParts';

// The floor: what reading an .xlsx costs at the least — inflating each sheet's XML with the same
// inflate library as the product's reader (fflate), decoding it to text, and one plain pass over
// its tags and values (each value's text taken out; nothing built). Any reader must do this much.
// Given zlib's inflater (the CLI's reader), the parts are inflated by it, as that reader does.

const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const decoder = new TextDecoder('utf-8');

/** Inflates and tokenises every sheet of the package; returns the number of tags and of values seen. */
export function floorPass(bytes: Uint8Array, inflate?: InflateRaw): { tags: number; values: number } {
  const keep = (name: string) => SHEET.test(name) || name === 'xl/sharedStrings.xml';
  const files: Record<string, Uint8Array> = inflate ? zipParts(bytes, keep, inflate) : unzipSync(bytes, { filter: (f) => keep(f.name) });
  let tags = 0;
  let values = 0;
  let checksum = 0;
  for (const data of Object.values(files)) {
    const xml = decoder.decode(data);
    let i = 0;
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt === -1) break;
      const gt = xml.indexOf('>', lt + 1);
      if (gt === -1) break;
      tags++;
      // Text up to the next tag is a value (a <v>, <f> or <t>) when it is not empty.
      const next = xml.indexOf('<', gt + 1);
      if (next > gt + 1) {
        values++;
        checksum += xml.slice(gt + 1, next).length;
      }
      i = gt + 1;
    }
  }
  if (checksum < 0) throw new Error('unreachable'); // keeps the slices from being optimised away
  return { tags, values };
}
