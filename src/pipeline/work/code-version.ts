// The version of the code that derives a report: a hash of the source of a
// module and of every module it imports, followed through relative imports
// (import, export … from, import()), with the version of each npm package it
// imports and of Node itself. A cached result is used only under the same
// version, so editing any rule a report's work runs through (or upgrading a
// library it calls) invalidates every cached report, and editing code it
// never runs does not.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SPECIFIER = /(?:^|[^\w$.])(?:import|export)\s*(?:[^'"`;]*?\sfrom\s*)?\(?\s*['"]([^'"]+)['"]/g;

/**
 * The module specifiers a source file names (static and dynamic imports,
 * re-exports). Comments are read too: following an import a comment names
 * costs a little hashing, missing a real one could miss a change.
 */
export function importsOf(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].flatMap(([, spec]) => (spec === undefined ? [] : [spec]));
}

/** A bare specifier's package name: `yaml`, `@scope/name` (a sub-path such as `d3/x` names its package). */
const packageName = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

export interface CodeVersion {
  /** The hash: every file's path and text, every package's version, Node's version. */
  hash: string;
  /** The files followed, relative to the root, sorted. */
  files: string[];
  /** The npm packages imported, as name@version, sorted. */
  packages: string[];
}

/**
 * The version of `entry` (a path under `root`) and everything it imports. A
 * relative import naming no file (in a comment, say) is hashed as missing.
 */
export function codeVersion(entry: string, root: string): CodeVersion {
  const files = new Map<string, string>();
  const packages = new Set<string>();
  const todo = [resolve(root, entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    const source = existsSync(file) ? readFileSync(file, 'utf8') : '\0missing';
    files.set(file, source);
    for (const spec of importsOf(source)) {
      if (spec.startsWith('.')) todo.push(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:')) {
        const name = packageName(spec);
        const manifest = join(root, 'node_modules', name, 'package.json');
        const version = existsSync(manifest)
          ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version
          : '?';
        packages.add(`${name}@${version}`);
      }
    }
  }
  const names = [...files.keys()].sort();
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  for (const file of names)
    hash.update(`${relative(root, file)}\n${files.get(file)!.length}\n`).update(files.get(file)!);
  const pkgs = [...packages].sort();
  hash.update(pkgs.join('\n'));
  return { hash: hash.digest('hex'), files: names.map((f) => relative(root, f)), packages: pkgs };
}
