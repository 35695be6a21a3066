import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isMeasureRequest, isResizeMessage, resizeMessage } from './message.ts';
import { hostScript } from './host-script.ts';

// /embed.js as the build publishes it.
const HOST_SCRIPT = await hostScript();

// Run against both checks: the embed page's (TypeScript) and the host
// script's (/embed.js, bundled to ES2017) must agree.
const RESIZE_CASES: [string, unknown, boolean][] = [
  ['a well-formed message', { type: 'atlas:resize', chart: 'home-timeline', height: 420 }, true],
  ['the smallest height', { type: 'atlas:resize', chart: 'home-timeline', height: 50 }, true],
  ['the largest height', { type: 'atlas:resize', chart: 'home-timeline', height: 5000 }, true],
  ['a height too small', { type: 'atlas:resize', chart: 'home-timeline', height: 49 }, false],
  ['a height too large', { type: 'atlas:resize', chart: 'home-timeline', height: 5001 }, false],
  ['an infinite height', { type: 'atlas:resize', chart: 'home-timeline', height: Infinity }, false],
  ['NaN', { type: 'atlas:resize', chart: 'home-timeline', height: NaN }, false],
  ['a height as text', { type: 'atlas:resize', chart: 'home-timeline', height: '420' }, false],
  ['another type', { type: 'resize', chart: 'home-timeline', height: 420 }, false],
  ['a chart id with markup', { type: 'atlas:resize', chart: '<img>', height: 420 }, false],
  ['an upper-case chart id', { type: 'atlas:resize', chart: 'Home', height: 420 }, false],
  ['no chart', { type: 'atlas:resize', height: 420 }, false],
  ['a string', 'atlas:resize', false],
  ['null', null, false],
];

describe('the resize message', () => {
  it.each(RESIZE_CASES)('%s → %s', (_name, data, ok) => {
    expect(isResizeMessage(data)).toBe(ok);
  });

  it('is built with a whole-pixel height that passes its own check', () => {
    const m = resizeMessage('report-x-figures', 412.2);
    expect(m).toEqual({ type: 'atlas:resize', chart: 'report-x-figures', height: 413 });
    expect(isResizeMessage(m)).toBe(true);
  });

  it('tells a measure request apart', () => {
    expect(isMeasureRequest({ type: 'atlas:measure' })).toBe(true);
    expect(isMeasureRequest({ type: 'atlas:resize' })).toBe(false);
    expect(isMeasureRequest('atlas:measure')).toBe(false);
  });
});

// /embed.js in a fake host page: one iframe from the Atlas's origin.
const EMBED_ORIGIN = 'https://atlas.example.org';
function hostPage(frameCount = 1) {
  let onMessage: ((e: { data: unknown; origin: string; source: unknown }) => void) | undefined;
  const posted: { data: unknown; target: string }[] = [];
  const frames = Array.from({ length: frameCount }, (_, i) => {
    const chart = i === 0 ? 'home-timeline' : `chart-${i}`;
    const contentWindow = {
      postMessage: (data: unknown, target: string) => posted.push({ data, target }),
      get location(): never {
        throw new Error('SecurityError: cross-origin frame');
      },
    };
    const attrs: Record<string, string> = { src: `${EMBED_ORIGIN}/embed/${chart}/`, 'data-atlas-chart': chart };
    return { contentWindow, style: {} as Record<string, string>, getAttribute: (n: string) => attrs[n] ?? null };
  });
  const window: Record<string, unknown> = {
    addEventListener: (type: string, fn: typeof onMessage) => {
      if (type === 'message') onMessage = fn;
    },
  };
  const document = { baseURI: 'https://news.example.com/article', querySelectorAll: () => frames };
  const code = HOST_SCRIPT;
  runInNewContext(code, { window, document, URL });
  const send = (data: unknown, origin = EMBED_ORIGIN, source: unknown = frames[0]?.contentWindow) =>
    onMessage!({ data, origin, source });
  return { frames, posted, send, run: () => runInNewContext(code, { window, document, URL }) };
}

describe('/embed.js, the host page’s resize script', () => {
  it.each(RESIZE_CASES)('checks the shape like the embed page: %s → %s', (_name, data, ok) => {
    const { frames, send } = hostPage();
    send(data);
    expect(frames.map((f) => f.style.height !== undefined)).toEqual([ok]);
  });

  it('sets the iframe to the reported height', () => {
    const { frames, send } = hostPage();
    send({ type: 'atlas:resize', chart: 'home-timeline', height: 612.4 });
    expect(frames.map((f) => f.style.height)).toEqual(['613px']);
  });

  it('ignores a message from another origin, another window or for another chart', () => {
    const { frames, send } = hostPage(2);
    send({ type: 'atlas:resize', chart: 'home-timeline', height: 900 }, 'https://evil.example.net');
    send({ type: 'atlas:resize', chart: 'home-timeline', height: 900 }, EMBED_ORIGIN, {});
    send({ type: 'atlas:resize', chart: 'home-timeline', height: 900 }, EMBED_ORIGIN, frames[1]?.contentWindow);
    send({ type: 'atlas:resize', chart: 'chart-1', height: 900 });
    expect(frames.map((f) => f.style.height)).toEqual([undefined, undefined]);
  });

  it('asks loaded frames for their height, at their own origin only, and installs itself once', () => {
    const { posted, run } = hostPage(2);
    expect(posted).toEqual([
      { data: { type: 'atlas:measure' }, target: EMBED_ORIGIN },
      { data: { type: 'atlas:measure' }, target: EMBED_ORIGIN },
    ]);
    run();
    expect(posted).toHaveLength(2);
  });
});

describe('/embed.js is plain ES2017 for any host page', () => {
  it('parses as an ES2017 script and uses no undeclared globals', async () => {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: {
        languageOptions: {
          ecmaVersion: 2017,
          sourceType: 'script',
          globals: { window: 'readonly', document: 'readonly', URL: 'readonly', isFinite: 'readonly' },
        },
        rules: { 'no-undef': 'error', 'no-unused-vars': ['error', { caughtErrors: 'none' }] },
      },
    });
    const [result] = await eslint.lintText(HOST_SCRIPT, { filePath: 'embed.js' });
    expect(result?.messages.map((m) => `${m.line}: ${m.message}`)).toEqual([]);
  });

  it('stays small', () => {
    expect(Buffer.byteLength(HOST_SCRIPT)).toBeLessThan(4096);
  });
});
