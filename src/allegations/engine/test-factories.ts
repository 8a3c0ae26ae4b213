/** Small builders for the engine's tests: an allegation and steps with sensible defaults. */
import type { Allegation, Step, StepKind } from './types.js';

export function anAllegation(over: Partial<Allegation> = {}): Allegation {
  return {
    id: 'alg-1',
    caseId: 'case-kg-2020',
    title: 'Test allegation',
    incidentStartDate: '2020-10-05',
    authority: { name: 'Prosecutor General', kind: 'prosecutor' },
    actIds: ['act-1'],
    ...over,
  };
}

let counter = 0;

/** A step of `kind` on `date`; ids are unique unless given. */
export function aStep(kind: StepKind, date: string, over: Partial<Step> = {}): Step {
  counter += 1;
  const extra: Partial<Step> =
    kind === 'official_response'
      ? { response: 'acknowledgement' }
      : kind === 'follow_up'
        ? { followUp: 'reminder' }
        : kind === 'remedy'
          ? { remedy: 'reparation' }
          : {};
  return { id: `step-${counter}`, kind, date, recordedBy: 'tester', note: '', ...extra, ...over };
}
