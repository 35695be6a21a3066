// A test that reads one item (a list's first, a map's entry, a regex group)
// and then asserts on it: `present` returns the item or fails the test naming
// what was missing, so the assertion after it reads a value, never `undefined`
// passed along, and no non-null assertion hides a missing item.

/** `value` when it is there; otherwise throws `no <what>`. */
export function present<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`no ${what}`);
  return value;
}
