/** Language of the headings and labels an export writes: Vietnamese, English, or both (the default). */
export type ExportLang = 'vi' | 'en' | 'both';

/** A heading in the export language; `both` reads "Quan chức / Officials". */
export function exportHeading(vi: string, en: string, lang: ExportLang): string {
  return lang === 'vi' ? vi : lang === 'en' ? en : `${vi} / ${en}`;
}

/** A field label in the export language; `both` reads "chức vụ (titles)". */
export function exportLabel(vi: string, en: string, lang: ExportLang): string {
  return lang === 'vi' ? vi : lang === 'en' ? en : `${vi} (${en})`;
}
