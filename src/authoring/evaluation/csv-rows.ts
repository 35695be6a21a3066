// The gold tables are hand-edited CSV read by papaparse with a header: a
// short line leaves its last fields out of the row. A row is taken only when
// it holds every column, and refused at its line otherwise, so no gold field
// reads as undefined.

/** Whether a parsed row holds every one of `columns`. */
function hasColumns<C extends string>(
  row: Partial<Record<string, string>>,
  columns: readonly C[],
): row is Record<C, string> {
  return columns.every((c) => row[c] !== undefined);
}

/** `row` as a record of `columns`; `where` (file and line) names it in the error when a field is missing. */
export function completeRow<C extends string>(
  row: Partial<Record<string, string>>,
  columns: readonly C[],
  where: string,
): Record<C, string> {
  if (hasColumns(row, columns)) return row;
  const missing = columns.filter((c) => row[c] === undefined);
  throw new Error(`${where}: no ${missing.map((c) => `"${c}"`).join(', ')} field`);
}
