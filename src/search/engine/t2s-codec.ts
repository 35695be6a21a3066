// The traditional→simplified map as shipped: one JSON string of
// concatenated "ts" character pairs (the smallest form to download).

/** Serialised form: one string, "ts" pairs concatenated (smallest to ship). */
export function encodeT2s(pairs: [string, string][]): string {
  return JSON.stringify(pairs.map(([t, s]) => t + s).join(''));
}

export function decodeT2s(json: string): Map<string, string> {
  const flat = JSON.parse(json) as string;
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < flat.length; i += 2) map.set(flat.charAt(i), flat.charAt(i + 1));
  return map;
}
