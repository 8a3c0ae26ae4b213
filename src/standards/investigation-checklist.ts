/**
 * The quality checklist for investigations of potentially unlawful deaths and serious abuses
 * (Minnesota Protocol; GC36 ¶27–28), as data for the allegations feature. No text gives a number of
 * days: deadlines are a configurable policy of the product, not part of this list.
 */
export interface ChecklistItem {
  id: string;
  label: string;
  description: string;
  paragraphs: string[];
}

const SOURCES = ['MP', 'GC36 ¶27–28'];

export const INVESTIGATION_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'prompt',
    label: 'Prompt',
    description:
      'Opened by the authorities on their own initiative, without waiting for a complaint; the opening date is known.',
    paragraphs: SOURCES,
  },
  {
    id: 'effective',
    label: 'Effective and thorough',
    description:
      'The victim is identified, evidence is preserved, witnesses are heard, the cause, manner, time and place of death are established, and everyone involved is identified, including superiors.',
    paragraphs: SOURCES,
  },
  {
    id: 'independent',
    label: 'Independent',
    description: 'Carried out by people outside the unit and chain of command involved.',
    paragraphs: SOURCES,
  },
  {
    id: 'impartial',
    label: 'Impartial',
    description: 'Investigators approach the case without bias or a conclusion decided in advance.',
    paragraphs: SOURCES,
  },
  {
    id: 'transparent',
    label: 'Transparent',
    description: 'Findings are published; anything withheld is withheld for a stated, justified reason.',
    paragraphs: SOURCES,
  },
  {
    id: 'family_involved',
    label: 'Family involved and informed',
    description: 'The family of the deceased can take part and is kept informed of progress and results.',
    paragraphs: SOURCES,
  },
  {
    id: 'protection',
    label: 'Witnesses and victims protected',
    description:
      'Witnesses, victims and their families are protected from threats, intimidation and reprisals.',
    paragraphs: SOURCES,
  },
  {
    id: 'outcome',
    label: 'Outcome',
    description:
      'Where the evidence warrants it, a criminal process follows; no amnesty or immunity blocks it; victims receive reparation.',
    paragraphs: SOURCES,
  },
];
