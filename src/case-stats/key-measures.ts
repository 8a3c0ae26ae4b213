/**
 * The measures a case dashboard leads with, and how a reported figure is recognised as one of them: by its
 * measure key, by what it counts, and (for journalists only) by the sentence it was cited from. Patterns are
 * PostgreSQL regular expressions, matched case-insensitively, in English and Russian.
 */
export const KEY_MEASURE_KEYS = ['killed', 'injured', 'detained', 'journalists'] as const;
export type KeyMeasure = (typeof KEY_MEASURE_KEYS)[number];

export const KEY_MEASURES: { key: KeyMeasure; measureKey: RegExp; what: RegExp; quote?: RegExp }[] = [
  { key: 'killed', measureKey: /kill|death|dead|died/, what: /kill|death|dead|died|погиб|убит|умер|смерт/ },
  {
    key: 'injured',
    measureKey: /injur|wound|treated|hospital/,
    what: /injur|wound|treated|hospital|ранен|пострада|госпитал/,
  },
  { key: 'detained', measureKey: /detain|arrest|custody/, what: /detain|arrest|custody|задерж|арест/ },
  {
    key: 'journalists',
    measureKey: /journalist|reporter|media_worker/,
    what: /journalist|reporter|media worker|журналист|репортёр|репортер/,
    quote: /journalist|reporter|журналист|репортёр|репортер/,
  },
];
