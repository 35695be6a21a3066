// "did you mean …" for a misspelt key: the known key at the smallest edit
// distance, when it is close enough to be a slip rather than another word.

function distance(a: string, b: string): number {
  // The edit table a row at a time: previous[j] is the distance from a's first i - 1 chars to b's first j.
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let last = b.length;
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = i - 1; // previous[j - 1]
    let left = i; // row[j - 1]
    const row = [left];
    for (const [k, up] of previous.slice(1).entries()) {
      left = Math.min(up + 1, left + 1, diagonal + (a[i - 1] === b[k] ? 0 : 1));
      diagonal = up;
      row.push(left);
    }
    previous = row;
    last = left;
  }
  return last;
}

/** The nearest of `known` to `key`, or null when none is within a third of the key's length (at least 2 edits). */
export function nearest(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.ceil(key.length / 3)) + 1;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
