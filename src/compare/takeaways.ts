// Takeaways that open a comparison, generated from the comparison model by
// templates: where the reports differ most in emphasis, what all of them (or
// only one) take up, which figures can be read side by side, and how many
// targets meet a result (masked text is the caveats' job). Each fact links
// to its section of the page.
// Pure, like the model: the build and the browser can both call it.
import { columnAt } from './columns.ts';
import type { Comparison } from './compare.ts';

export type Run = { text: string; href?: string };
export type TakeawaySentence = Run[];

const pct = (x: number) => `${Math.round(x * 100)}%`;

function emphasisGap(c: Comparison): TakeawaySentence | null {
  if (c.columns.length < 2) return null;
  const spread = c.emphasis.rows
    .map((r) => {
      const max = Math.max(...r.shares);
      const min = Math.min(...r.shares);
      return { r, hi: r.shares.indexOf(max), lo: r.shares.indexOf(min), max, min, gap: max - min };
    })
    .sort((a, b) => b.gap - a.gap || a.r.theme.id.localeCompare(b.r.theme.id))[0];
  if (!spread || spread.gap <= 0) return null;
  const { r, hi, lo, max, min } = spread;
  return [
    { text: '着墨差别最大的主题是' },
    { text: `“${r.theme.zh}”`, href: '#cmp-emphasis' },
    {
      text: `：${columnAt(c.columns, hi).label.zh} 有 ${pct(max)} 的文字谈它，${columnAt(c.columns, lo).label.zh} ${min === 0 ? '没有提及' : `只有 ${pct(min)}`}。`,
    },
  ];
}

function sharedThemes(c: Comparison): TakeawaySentence | null {
  if (c.columns.length < 2) return null;
  const all = c.themes.filter((t) => t.present === c.columns.length);
  const one = c.themes.filter((t) => t.present === 1);
  if (all.length === 0 && one.length === 0) return null;
  const runs: Run[] = [];
  if (all.length)
    runs.push(
      { text: `${c.columns.length} 篇都谈到的主题：` },
      { text: all.map((t) => `“${t.theme.zh}”`).join('、'), href: '#cmp-themes' },
      { text: '。' },
    );
  // Themes only one report takes up, gathered per report.
  const onlyBy = new Map<number, string[]>();
  for (const t of one) {
    const i = t.cells.findIndex((cell) => !cell.absent);
    onlyBy.set(i, [...(onlyBy.get(i) ?? []), `“${t.theme.zh}”`]);
  }
  for (const [i, names] of onlyBy)
    runs.push(
      { text: `只有${columnAt(c.columns, i).label.zh} 谈到` },
      { text: names.join('、'), href: '#cmp-themes' },
      { text: '。' },
    );
  return runs;
}

function comparableFigures(c: Comparison): TakeawaySentence {
  const groups = c.figures.charts;
  if (groups.length === 0) {
    return [
      { text: '没有两篇报告以相同指标、单位和口径（实绩或目标）给出数字，' },
      { text: '数字只能各自阅读', href: '#cmp-figures' },
      { text: '，不能直接比大小。' },
    ];
  }
  const names = [...new Set(groups.map((g) => g.indicator.zh))];
  return [
    { text: `可以直接对照的数字有 ${groups.length} 组（同一指标、单位和口径）：` },
    {
      text:
        names
          .slice(0, 4)
          .map((n) => `“${n}”`)
          .join('、') + (names.length > 4 ? ` 等 ${names.length} 项` : ''),
      href: '#cmp-figures',
    },
    { text: '；其余数字口径不同，只能各自阅读。' },
  ];
}

function planAgainstResult(c: Comparison): TakeawaySentence | null {
  const rows = c.planResult.flatMap((b) => b.rows);
  if (rows.length === 0) return null;
  const paired = rows.filter((r) => r.targets.length && r.results.length && r.comparable).length;
  return [
    {
      text: `目标与实绩：${rows.length} 项指标中有 ${paired} 项同时给出目标和同一口径（指标、口径、范围、单位）的实绩，`,
    },
    { text: '可以对照', href: '#cmp-plan-result' },
    { text: '。' },
  ];
}

export function comparisonTakeaways(c: Comparison): TakeawaySentence[] {
  return [emphasisGap(c), sharedThemes(c), comparableFigures(c), planAgainstResult(c)].filter(
    (s): s is TakeawaySentence => s !== null,
  );
}
