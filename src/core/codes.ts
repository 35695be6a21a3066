// The codes the schema and every layer share: what a report is (type,
// period), where (level, how its region is known, with what confidence) and
// what a figure is. The schema validates against these lists; the words
// layer names each code in both languages, keyed by them, so a new code
// without its name is a type error.

export const DOC_TYPES = ['summary', 'plan', 'summary+plan', 'supervision-plan', 'assistance-plan'] as const;
export const PERIODS = ['year', 'H1', 'H2', 'H1+H2'] as const;
export const LEVELS = ['province', 'city', 'district', 'county'] as const;
export const REGION_BASES = ['stated', 'inferred', 'unknown'] as const;
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
/**
 * A figure's modality: achieved (or estimated for a period just ended) or
 * promised. What sort of number it is — a growth, a share, a rate, a rank —
 * is its measure (data/measures.csv), not its kind.
 */
export const FIGURE_KINDS = ['actual', 'target'] as const;

/** How a figure's measure was decided: a cue word, the unit, the clause's structure (a list, a 其中 part, a 分别 pairing), or a default or weak rule. */
export const MEASURE_RULES = ['cue', 'unit', 'clause', 'default'] as const;

export type DocType = (typeof DOC_TYPES)[number];
export type Period = (typeof PERIODS)[number];
export type Level = (typeof LEVELS)[number];
export type RegionBasis = (typeof REGION_BASES)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type MeasureRule = (typeof MEASURE_RULES)[number];
