// Before the site tests: the fixture site (tests/reliability/fixture-site.ts)
// is built once here, so test files running in parallel share one build
// instead of racing to make it.
import { fixtureSite } from './reliability/fixture-site.ts';

export default async function setup(): Promise<void> {
  const t0 = performance.now();
  const site = await fixtureSite();
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`fixture site ${site.build.ok ? 'ready' : 'FAILED to build'} in ${secs}s: ${site.outDir}`);
}
