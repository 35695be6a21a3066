/** Chinese first, English welcome: every reader-facing string comes in both. Declared once; every layer imports it. */
export interface Bilingual {
  zh: string;
  en: string;
}
