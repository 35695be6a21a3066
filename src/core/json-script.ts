// JSON inside an HTML <script> data block (schema.org JSON-LD): JSON.stringify
// leaves `</script>`, `<!--` and the line separators U+2028/U+2029 as they
// are, and any of them in a title would end the block or change its parsing.
// Every <, >, & and the two separators are written as \u escapes, which a
// JSON parser reads back as the same characters.
const UNSAFE = /[<>&\u2028\u2029]/g;

export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
