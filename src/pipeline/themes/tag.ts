// Tags a paragraph (or heading) with themes and a sentence with policy
// instruments. Lexicon-based and explainable: every hit lists the keywords
// that fired; a category needs at least one keyword; strongest first.
import type { InstrumentDef, InstrumentHit, ThemeDef, ThemeHit } from '../types.ts';
import { matchCategories } from './match.ts';

export function tagThemes(text: string, themes: readonly ThemeDef[]): ThemeHit[] {
  return matchCategories(text, themes).map((m) => ({ theme: m.id, keywords: m.keywords }));
}

export function tagInstruments(sentence: string, instruments: readonly InstrumentDef[]): InstrumentHit[] {
  return matchCategories(sentence, instruments).map((m) => ({ instrument: m.id, keywords: m.keywords }));
}
