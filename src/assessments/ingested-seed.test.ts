/**
 * End to end on the seed statement: ingest → accept every proposal → assess, against the expected
 * assessments of the hand-coded truth. Incidents are matched to the truth by overlapping dates and event type.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ensureDemoCase } from '../demo/ensure-demo.js';
import { corpusFolder } from '../demo/statement-file.js';
import { folderFileStore } from '../files/file-store.js';
import { listIncidents } from '../incidents/incident.service.js';
import { describeEachDatabase } from '../test/databases.js';
import { assessCase } from './assessment.service.js';

interface TruthIncident {
  id: string;
  date_start: string;
  date_end: string;
  event_type: string;
}
interface Truth {
  incidents: TruthIncident[];
  expected_assessments: { incident: string; finding: string }[];
}

describeEachDatabase('ingested seed statement, assessed', (use) => {
  it('gives the expected findings of the truth file', async () => {
    const truth = JSON.parse(
      readFileSync(path.join(corpusFolder(), 'amnesty-kyrgyzstan-2020-10.truth.json'), 'utf8'),
    ) as Truth;
    const ctx = {
      db: use().db,
      actor: 'reviewer',
      files: folderFileStore(mkdtempSync(path.join(os.tmpdir(), 'dalil-e2e-'))),
    };
    await ensureDemoCase(ctx);
    const incidents = (await listIncidents(ctx, { limit: 100 })).items;
    const results = await assessCase(ctx, 'kyrgyzstan-2020-10');
    const findingsOf = (truthId: string) => {
      const t = truth.incidents.find((i) => i.id === truthId)!;
      // The truth gives a range where the text is vague ("during the demonstration", reported on 8 October).
      const overlaps = (i: (typeof incidents)[number]) =>
        i.dateStart !== null && i.dateStart <= t.date_end && (i.dateEnd ?? i.dateStart) >= t.date_start;
      const ids = incidents.filter((i) => overlaps(i) && i.eventType === t.event_type).map((i) => i.id);
      return results
        .filter((r) => ids.includes(r.incident.id))
        .flatMap((r) => r.findings.map((f): string => f.finding));
    };
    const missed: string[] = [];
    for (const expected of truth.expected_assessments) {
      if (!findingsOf(expected.incident).includes(expected.finding))
        missed.push(`${expected.incident}: ${expected.finding}`);
    }
    // Known gap, kept visible: the statement never says the Current Time reporter posed no threat, so
    // extraction leaves target_conduct unknown and the rubber-bullet act stays "insufficient facts" until a
    // reviewer establishes it. Every other expected finding comes straight from the text.
    expect(missed).toEqual(['kozhomuratov-rubber-bullet: violation']);
    expect(findingsOf('kozhomuratov-rubber-bullet')).toContain('insufficient_facts');
  });
});
