// How the real development set's gold, written in the lexicons' ids as they
// stood when it was annotated, reads in today's ids. When an entry is renamed
// or split, or a gap the gold names as none:<what it counts> gets its own
// entry, the mapping goes here, never into the gold.
import type { Figure } from '../../pipeline/types.ts';
import { sortedKind } from '../../pipeline/figures/kind.ts';

type Field = 'indicator' | 'measure' | 'scope';

/** Gold id → today's id, per field. An id not listed maps to itself. */
const RENAMED: Record<Field, Record<string, string>> = {
  indicator: {},
  measure: {},
  scope: {},
};

/** none:<what it counts> → today's id, for gaps the lexicons have since filled. */
const FILLED_GAPS: Record<Field, Record<string, string>> = {
  indicator: {
    'high-tech industry investment': 'high_tech_investment',
    'industrial investment': 'industrial_investment',
    'technical-renovation investment': 'tech_renovation',
    'technical-renovation projects': 'tech_renovation',
    'fixed-asset investment (macro context)': 'fixed_asset_investment',
    'fiscal revenue (macro context)': 'fiscal_revenue',
    'gross industrial output (macro context)': 'industrial_output',
    'industrial output of above-scale enterprises': 'industrial_output',
    'public budget S&T expenditure (fiscal)': 'public_st_spending',
    'government fiscal S&T spending': 'public_st_spending',
    'local government S&T funding (own budget)': 'local_st_funds',
    'district S&T support funds granted to projects': 'local_st_funds',
    'S&T development funds allocated by the bureau': 'local_st_funds',
    'profit of the S&T service industry': 'enterprise_profit',
    'profit of high-tech enterprises': 'enterprise_profit',
    'output value of commercialised S&T achievements': 'achievement_output',
  },
  measure: {
    'margin over target': 'gap',
    'composite index value': 'index',
    'due for re-examination': 'due',
    'amount applied for (money)': 'applied',
    'passed final acceptance (验收)': 'accepted',
    'passed final acceptance (驗收)': 'accepted',
    'passed achievement appraisal (鑒定)': 'accepted',
    'projects being closed out (结题 follow-up)': 'accepted',
    'appraised at international-leading level': 'accepted',
    'appraised at international-advanced level': 'accepted',
    'number of programme categories': 'kinds',
    'number of kinds (种)': 'kinds',
  },
  scope: {},
};

/** What a gold row says beside its ids, for telling which entry of a split it means. */
export interface GoldRowWords {
  snippet: string;
  note: string;
  unit: string;
}

/**
 * Entries split since the gold was made: the old id means the new one where
 * the row's own words say so, by the new entry's definition.
 */
const SPLITS: Record<Field, Record<string, { to: string; when: (row: GoldRowWords) => boolean }[]>> = {
  indicator: {
    // R&D over revenue is its own ratio; R&D intensity is over GDP.
    rd_intensity: [
      { to: 'rd_revenue_ratio', when: (r) => /营业收入|营收|主营业务收入|销售收入/.test(r.snippet + r.note) },
    ],
    // Turnover is money; a number of contracts is the count of technology contracts.
    tech_contract_turnover: [{ to: 'tech_contracts', when: (r) => /^(?:项|份|件|个)$/.test(r.unit) }],
  },
  measure: {
    // The size of a list or quota the region is one of (…之一, …名额) is no count of its own.
    count: [{ to: 'field_size', when: (r) => /之一|名额/.test(r.snippet) }],
  },
  scope: {},
};

/** The id the gold means today; null where the gold says none fits (or leaves the cell empty). */
export function mapGoldId(field: Field, gold: string, row?: GoldRowWords): string | null {
  const id = gold.trim();
  if (id === '') return null;
  if (id.startsWith('none:')) return FILLED_GAPS[field][id.slice('none:'.length).trim()] ?? null;
  const split = row ? SPLITS[field][id]?.find((s) => s.when(row)) : undefined;
  return split?.to ?? RENAMED[field][id] ?? id;
}

/** A figure's kind in the gold's terms (actual, target, growth, share, rank). */
export function goldKindOf(f: Figure): string {
  return sortedKind(f);
}
