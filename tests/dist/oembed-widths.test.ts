// oEmbed on a static host: besides /oembed/<id>.json (640 px), a response per
// common column width at /oembed/w<width>/<id>.json, each within its width,
// with integer sizes, an iframe that starts at that height, and the list of
// all of them, every listed address built.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/site.ts';
import { OEMBED_WIDTHS } from '../../src/embed/oembed.ts';

const dir = join(DIST, 'oembed');
const ids = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .map((n) => n.slice(0, -'.json'.length));
const read = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8'));

describe('oEmbed responses per width', () => {
  it('every chart has a response for each column width, within it, in integers, listing them all', () => {
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      expect(read(`${id}.json`).width, id).toBe(640);
      for (const width of OEMBED_WIDTHS) {
        const json = read(`w${width}/${id}.json`);
        expect(json, `${id} at ${width}`).toMatchObject({ version: '1.0', type: 'rich', width });
        expect(Number.isInteger(json.height) && json.height > 0, `${id} at ${width}`).toBe(true);
        expect(json.html).toContain(`height="${json.height}"`);
        expect(Object.keys(json.atlas_widths).map(Number)).toEqual([...OEMBED_WIDTHS]);
      }
      for (const url of Object.values(read(`${id}.json`).atlas_widths) as string[])
        expect(existsSync(join(DIST, new URL(url).pathname)), url).toBe(true);
    }
  });
});
