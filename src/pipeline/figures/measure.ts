// What exactly a figure counts (its measure: stock, new, applied, rate …) and
// where (its scope: 规上, 省级 …), read from the words around it with the
// cue words of data/measures.csv and data/scopes.csv. Every decision keeps
// the words that made it (`basis`) and how it was made (`rule`), so a curator
// can review the weak ones.
import type { Figure, FigureKind } from '../types.ts';
import type { MeasureDef, ScopeDef, Vocabulary } from './measures.ts';
import { measureKind } from './kind.ts';
import { unitFamily, type UnitFamily } from './units.ts';

export type MeasureRule = 'cue' | 'unit' | 'default';

export interface MeasureDecision {
  measure: string;
  basis: string[];
  rule: MeasureRule;
}

/** The words around one figure that decide its measure and scope. */
export interface MeasureContext {
  /** Clause before the figure (back to the last ，；： or sentence start). */
  clause: string;
  /** The words of the clause that belong to this figure alone (after 、 or the previous figure). */
  own: string;
  /** Rest of the clause after the figure. */
  after: string;
  unit: string;
  kind: FigureKind;
  /** The figure is a rank position (第一, 排名3). */
  rank: boolean;
  value: number | null;
}

interface CueHit {
  def: MeasureDef;
  cue: string;
  end: number;
}

/** Every cue of the measures applying to `family` in `text`, nearest the end first, longer first. */
function cueHits(text: string, measures: MeasureDef[], family: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const def of measures) {
    if (!def.applies_to.includes(family) || def.id === 'milestone') continue;
    for (const cue of def.cues) {
      for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
        // 国家认定, 省级认定: a level saying who certified, not a new certification.
        if (cue === '认定' && /(?:国家|省|市|县|区)级?$/.test(text.slice(0, i))) continue;
        hits.push({ def, cue, end: i + cue.length });
      }
    }
  }
  return hits.sort((a, b) => b.end - a.end || b.cue.length - a.cue.length);
}

/** The nearest cue before the figure (last in the clause), or the first one after it. */
function nearestCue(before: string, after: string, measures: MeasureDef[], family: string): CueHit | null {
  const back = cueHits(before, measures, family)[0];
  if (back) return back;
  const ahead = cueHits(after, measures, family).sort((a, b) => a.end - a.cue.length - (b.end - b.cue.length));
  return ahead[0] ?? null;
}

const byId = (measures: MeasureDef[], id: string) => {
  const def = measures.find((m) => m.id === id);
  if (!def) throw new Error(`data/measures.csv: the measure "${id}" the rules rely on is missing`);
  return def.id;
};

// A threshold passed (申报数首次突破100家): the words right before the number.
// Plain 突破 marks one only before a round number (突破1000家), else it is a count.
const FIRST_PAST = /首次(?:突破|超过|达到)了?$|首破$/;
const PAST = /突破了?$/;
const isRound = (v: number | null) => v !== null && v > 0 && /^[1-9]0*$/.test(String(v));

const RANK_WORDS = /排名|排位|位居|位列|名列|第|前/g;

/** The measure of one figure, with the words that decided it. */
export function decideMeasure(ctx: MeasureContext, measures: MeasureDef[]): MeasureDecision {
  const family: UnitFamily | 'other' = unitFamily(ctx.unit) ?? 'other';
  if (ctx.rank) {
    const words = [...ctx.clause.matchAll(RANK_WORDS)].map((m) => m[0]);
    return { measure: byId(measures, 'rank'), basis: words.length ? [...new Set(words)] : ['第'], rule: 'cue' };
  }
  if (family === 'count') {
    const tail = ctx.clause.trimEnd();
    const first = FIRST_PAST.exec(tail) ?? (isRound(ctx.value) ? PAST.exec(tail) : null);
    if (first) return { measure: byId(measures, 'milestone'), basis: [first[0]], rule: 'cue' };
  }
  const cue = nearestCue(ctx.clause, ctx.after, measures, family);
  if (cue) return { measure: cue.def.id, basis: [cue.cue], rule: 'cue' };
  if (family === 'change') return { measure: byId(measures, 'growth'), basis: [ctx.unit], rule: 'unit' };
  if (family === 'percent') {
    const kind = measureKind(ctx.clause, 'percent');
    return { measure: byId(measures, kind === 'growth' ? 'growth' : 'share'), basis: [], rule: 'default' };
  }
  if (family === 'count') return { measure: byId(measures, 'count'), basis: [], rule: 'default' };
  return { measure: byId(measures, 'amount'), basis: [], rule: 'default' };
}

/**
 * The scope stated for a figure: a level (规上, 省级, 国家级) must modify the
 * figure's own words; a region-wide word (全市) may head the whole clause.
 * Words inside the indicator's own name (国家高企) are not a scope.
 */
export function decideScope(ctx: MeasureContext, scopes: ScopeDef[], ownName: string[] = []): { scope: string | null; basis: string[] } {
  const find = (text: string, which: (s: ScopeDef) => boolean) => {
    let best: { scope: ScopeDef; cue: string; end: number } | null = null;
    for (const scope of scopes.filter(which)) {
      for (const cue of scope.cues) {
        for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
          if (ownName.some((name) => name.includes(cue) && coveredBy(text, i, cue, name))) continue;
          const end = i + cue.length;
          if (!best || end > best.end || (end === best.end && cue.length > best.cue.length)) best = { scope, cue, end };
        }
      }
    }
    return best;
  };
  const level = find(ctx.own, (s) => s.in_series);
  if (level) return { scope: level.scope.id, basis: [level.cue] };
  const wide = find(ctx.clause, (s) => !s.in_series);
  return wide ? { scope: wide.scope.id, basis: [wide.cue] } : { scope: null, basis: [] };
}

/** Whether the cue at `i` lies inside an occurrence of `name` in `text`. */
function coveredBy(text: string, i: number, cue: string, name: string): boolean {
  const offset = name.indexOf(cue);
  return text.startsWith(name, i - offset);
}

export type { Vocabulary };
