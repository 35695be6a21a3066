// Dataset downloads: the tables' definitions, their typed rows, and their CSV,
// JSON, xlsx and datapackage.json serialisations.
export { toCsv, toJson } from './serialise.ts';
export { toXlsx } from './xlsx.ts';
export { dataPackage, LICENSE } from './datapackage.ts';
export { TABLES, LIST_SEPARATOR, publishedFields, tableDef } from './tables.ts';
export type { FieldDef, TableDef, TableName } from './tables.ts';
export { figureRows, tableRows, FIGURE_COLUMNS } from './rows.ts';
export type { Row } from './rows.ts';
