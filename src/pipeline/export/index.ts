// Dataset downloads: flat rows and their CSV / JSON serialisation.
export { toCsv, toJson } from './serialise.ts';
export {
  figureRows,
  reportRows,
  themeRows,
  instrumentRows,
  paragraphRows,
  REPORT_COLUMNS,
  FIGURE_COLUMNS,
  THEME_COLUMNS,
  INSTRUMENT_COLUMNS,
  PARAGRAPH_COLUMNS,
} from './rows.ts';
