// Figure extraction: the public surface used by the dataset, the CLI and the
// evaluation.
export { extractFigures } from './extract.ts';
export { figuresToCsv } from './csv.ts';
