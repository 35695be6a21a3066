// Colours as named tokens. A chart spec uses `color('kind-actual')`, i.e. the
// CSS custom property var(--atlas-kind-actual); renderSvg turns it into the
// light fallback colour plus a class (`atlas-fill-kind-actual`) that
// src/styles/charts.css points at the custom property, so pages switch to the
// dark values with prefers-color-scheme and no inline styles are needed.
// Categorical colours are Okabe–Ito (colour-blind safe); kinds also differ by
// symbol, so colour is never the only cue.
import type { FigureKind } from '../pipeline/types.ts';
import type { Bilingual } from './types.ts';
import { KIND_LABELS } from '../words/labels.ts';

export interface Token {
  light: string;
  dark: string;
}

export const TOKENS: Record<string, Token> = {
  ink: { light: '#1f2328', dark: '#e6e6e6' },
  muted: { light: '#666666', dark: '#a0a0a0' },
  rule: { light: '#d0d7de', dark: '#444c56' },
  bg: { light: '#ffffff', dark: '#16181c' },
  hatch: { light: '#8c8c8c', dark: '#8c8c8c' },
  redacted: { light: '#ececec', dark: '#2d3137' },
  // Figure kinds (also symbols, see KIND_STYLE).
  'kind-actual': { light: '#0072b2', dark: '#56b4e9' },
  'kind-target': { light: '#d55e00', dark: '#f08a4b' },
  // Document types (timeline).
  'doc-summary': { light: '#0072b2', dark: '#56b4e9' },
  'doc-plan': { light: '#d55e00', dark: '#f08a4b' },
  'doc-summary-plan': { light: '#cc79a7', dark: '#e3a2c7' },
  'doc-supervision-plan': { light: '#009e73', dark: '#3cc29a' },
  'doc-assistance-plan': { light: '#e69f00', dark: '#f0b53a' },
  // Sequential blues, 0 = none; ink = the label colour that reads on each step.
  'seq-0': { light: '#eef1f4', dark: '#23272e' },
  'seq-1': { light: '#c6dbef', dark: '#1d3b5c' },
  'seq-2': { light: '#7fb3dc', dark: '#2b6496' },
  'seq-3': { light: '#2f7bbf', dark: '#5b9fd6' },
  'seq-4': { light: '#0b3d78', dark: '#a9d3f5' },
  'seq-ink-0': { light: '#1f2328', dark: '#e6e6e6' },
  'seq-ink-1': { light: '#1f2328', dark: '#e6e6e6' },
  'seq-ink-2': { light: '#1f2328', dark: '#e6e6e6' },
  'seq-ink-3': { light: '#ffffff', dark: '#111111' },
  'seq-ink-4': { light: '#ffffff', dark: '#111111' },
  // Themes: fixed per theme across the site.
  'theme-enterprise': { light: '#0072b2', dark: '#56b4e9' },
  'theme-rd': { light: '#e69f00', dark: '#f0b53a' },
  'theme-platforms': { light: '#009e73', dark: '#3cc29a' },
  'theme-projects': { light: '#d55e00', dark: '#f08a4b' },
  'theme-talent': { light: '#cc79a7', dark: '#e3a2c7' },
  'theme-transfer': { light: '#56b4e9', dark: '#9fd6f5' },
  'theme-finance': { light: '#f0e442', dark: '#e8dc4a' },
  'theme-ip': { light: '#8c6d31', dark: '#c9a15a' },
  'theme-rural': { light: '#7aa33a', dark: '#9cc55c' },
  'theme-popularisation': { light: '#9467bd', dark: '#b994dc' },
  'theme-policy': { light: '#7f7f7f', dark: '#a6a6a6' },
  'theme-cooperation': { light: '#17becf', dark: '#5fd8e4' },
  'theme-earthquake': { light: '#843c39', dark: '#c8706c' },
  'theme-other': { light: '#8c8c8c', dark: '#8c8c8c' },
  'theme-none': { light: '#eef1f4', dark: '#2d3137' },
};

export const TOKEN_PREFIX = '--atlas-';

/** A token's two colours; an unknown name is a fault in the chart code, named here. */
export function tokenOf(name: string): Token {
  const token = TOKENS[name];
  if (!token) throw new Error(`unknown colour token ${name}`);
  return token;
}

/** The colour value a Plot spec uses for a token: a CSS variable. */
export function color(token: string): string {
  if (!(token in TOKENS)) throw new Error(`unknown colour token ${token}`);
  return `var(${TOKEN_PREFIX}${token})`;
}

/** Placeholder fill for redacted markers; renderSvg points it at a per-chart hatch pattern. */
export const HATCH_FILL = 'url(#atlas-hatch)';

const CJK_FONTS =
  "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','WenQuanYi Micro Hei'";
const LATIN_FONTS = "system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial";
/**
 * System font stacks: CJK fonts first for Chinese (labels must render in
 * Chinese everywhere); Latin fonts first for English, so its punctuation is
 * not set full-width, with the CJK fonts behind for Chinese names.
 */
export const FONT_STACK = {
  zh: `${CJK_FONTS},${LATIN_FONTS},sans-serif`,
  en: `${LATIN_FONTS},${CJK_FONTS},sans-serif`,
};
export const FONT_SIZE = 12;

export interface KindStyle {
  token: string;
  symbol: string;
  label: Bilingual;
}

export const KIND_STYLE: Record<FigureKind, KindStyle> = {
  actual: { token: 'kind-actual', symbol: 'circle', label: KIND_LABELS.actual },
  target: { token: 'kind-target', symbol: 'triangle', label: KIND_LABELS.target },
};

export const FIGURE_KINDS = Object.keys(KIND_STYLE) as FigureKind[];

export function themeToken(themeId: string | null): string {
  if (themeId === null) return 'theme-none';
  return `theme-${themeId}` in TOKENS ? `theme-${themeId}` : 'theme-other';
}
