// A child process of src/cards/draw.ts: reads a JSON array of card SVGs on
// stdin, draws them and stores each PNG in the card cache.
import { text } from 'node:stream/consumers';
import { rasteriseAll } from './rasterise.ts';
import { writeAllCached } from './cache.ts';

const svgs = JSON.parse(await text(process.stdin)) as string[];
writeAllCached(svgs, await rasteriseAll(svgs));
