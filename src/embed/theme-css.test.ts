import { describe, expect, it } from 'vitest';
import { TOKENS } from '../charts/palette.ts';
import { themeOverrideCss } from './theme-css.ts';

describe('the forced-theme stylesheet', () => {
  const css = themeOverrideCss();
  const block = (mode: string) => new RegExp(`html\\.atlas-theme-${mode} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';

  it('pins every colour token to its light and its dark value', () => {
    for (const [name, token] of Object.entries(TOKENS)) {
      expect(block('light')).toContain(`--atlas-${name}: ${token.light};`);
      expect(block('dark')).toContain(`--atlas-${name}: ${token.dark};`);
    }
  });

  it('sets the colour scheme so form controls and scrollbars follow', () => {
    expect(block('light')).toContain('color-scheme: light;');
    expect(block('dark')).toContain('color-scheme: dark;');
  });
});
