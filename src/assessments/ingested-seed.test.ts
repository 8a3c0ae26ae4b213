/**
 * End to end on the seed statement: ingest → accept every proposal → assess, against the expected
 * assessments of the hand-coded truth. Incidents are matched to the truth by overlapping dates and event type.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { getAct, updateAct } from '../acts/act.service.js';
import { ensureDemoCase } from '../demo/ensure-demo.js';
import { corpusFolder } from '../demo/statement-file.js';
import { folderFileStore } from '../files/file-store.js';
import { listIncidents } from '../incidents/incident.service.js';
import { INSTRUMENT_KEYS } from '../standards/index.js';
import { describeEachDatabase } from '../test/databases.js';
import type { ActAssessmentResult } from './assessment.schema.js';
import { assessCase, assessIncident } from './assessment.service.js';

interface TruthIncident {
  id: string;
  date_start: string;
  date_end: string;
  event_type: string;
}
interface Truth {
  incidents: TruthIncident[];
  expected_assessments: { incident: string; finding: string; why: string }[];
}

/**
 * The rules each expected assessment of the truth file is about (its "why", in our catalogue): every rule
 * listed must give the expected finding.
 */
const RULES_OF: Record<string, string[]> = {
  'dispersal-bishkek: possible_violation': ['LLW-7.3', 'LLW-7.7'], // tear gas, water cannon; mostly peaceful
  'dispersal-bishkek: violation': ['LLW-7.5'], // rubber bullets to disperse
  'kozhomuratov-rubber-bullet: violation': ['LLW-7.5', 'GC37-30'], // fired at a journalist not violent
  'kharizov-phone: violation': ['GC37-30'], // phone confiscated during a live broadcast
  'kloop-crew-osh: abuse_by_non_state_actor': ['NSA-1'],
  'ambulances-seized: abuse_by_non_state_actor': ['NSA-1'],
  'dispersal-bishkek: death_requires_investigation': ['GC36-27'],
};

const truth = JSON.parse(
  readFileSync(path.join(corpusFolder(), 'amnesty-kyrgyzstan-2020-10.truth.json'), 'utf8'),
) as Truth;

describeEachDatabase('ingested seed statement, assessed', (use) => {
  it('gives the seven expected findings of the truth file, six from the text and one after review', async () => {
    const ctx = {
      db: use().db,
      actor: 'reviewer',
      files: folderFileStore(mkdtempSync(path.join(os.tmpdir(), 'dalil-e2e-'))),
    };
    await ensureDemoCase(ctx);
    const incidents = (await listIncidents(ctx, { limit: 100 })).items;
    const idsOf = (truthId: string) => {
      const t = truth.incidents.find((i) => i.id === truthId)!;
      // The truth gives a range where the text is vague ("during the demonstration", reported on 8 October).
      const overlaps = (i: (typeof incidents)[number]) =>
        i.dateStart !== null && i.dateStart <= t.date_end && (i.dateEnd ?? i.dateStart) >= t.date_start;
      return incidents.filter((i) => overlaps(i) && i.eventType === t.event_type).map((i) => i.id);
    };
    const check = (results: readonly ActAssessmentResult[]) => {
      const found: string[] = [];
      const missed: string[] = [];
      for (const expected of truth.expected_assessments) {
        const key = `${expected.incident}: ${expected.finding}`;
        const rules = RULES_OF[key];
        expect(rules, `no rule mapped for ${key}`).toBeDefined();
        const ids = idsOf(expected.incident);
        const findings = results.filter((r) => ids.includes(r.incident.id)).flatMap((r) => r.findings);
        for (const rule of rules ?? []) {
          const hit = findings.some((f) => f.rule === rule && f.finding === expected.finding);
          (hit ? found : missed).push(`${key} (${rule})`);
        }
      }
      return { found, missed };
    };
    const kozhomuratov = idsOf('kozhomuratov-rubber-bullet');
    expect(kozhomuratov).toHaveLength(1);

    // Straight from the text: every expected finding except the rubber bullet at the Current Time reporter.
    const fromText = await assessCase(ctx, 'kyrgyzstan-2020-10');
    expect(check(fromText).missed).toEqual([
      'kozhomuratov-rubber-bullet: violation (LLW-7.5)',
      'kozhomuratov-rubber-bullet: violation (GC37-30)',
    ]);
    // The statement says he was shot directly and deliberately, not what he was doing: his conduct stays
    // unknown, and the finding names it as the fact that would settle it.
    const shot = fromText.find((r) => r.incident.id === kozhomuratov[0])!;
    const llw75 = shot.findings.find((f) => f.rule === 'LLW-7.5');
    expect(llw75).toMatchObject({ finding: 'insufficient_facts' });
    expect(llw75?.missing_facts).toContain('target_conduct');
    // Kharizov's conduct is stated ("while he was conducting a live broadcast"); Kozhomuratov's is not, and
    // the live broadcast of the next sentence is not carried over to him.
    const actOf = (r: ActAssessmentResult) => getAct(ctx, r.act.id);
    expect((await actOf(shot)).facts.target_conduct).toBeUndefined();
    const [kharizovId] = idsOf('kharizov-phone');
    const kharizov = fromText.find((r) => r.incident.id === kharizovId)!;
    expect((await actOf(kharizov)).facts.target_conduct).toBe('peaceful');

    // A reviewer who has watched the Kloop video of the scene records that he was reporting, not violent.
    const act = await actOf(shot);
    await updateAct(ctx, act.id, {
      version: act.version,
      facts: { ...act.facts, target_conduct: 'peaceful' },
    });
    const reviewed = await assessIncident(ctx, kozhomuratov[0]!);
    const all = [...fromText.filter((r) => r.incident.id !== kozhomuratov[0]), ...reviewed];
    const { found, missed } = check(all);
    expect(missed).toEqual([]);
    expect(found).toHaveLength(9); // seven expected findings over nine rule findings

    // Every finding cites its instrument with a paragraph ("LLW 7.5", "GC37 ¶87"); a further reference may
    // name a whole instrument (the Minnesota Protocol beside GC36 ¶27–29). None calls anything "illegal".
    for (const f of all.flatMap((r) => r.findings)) {
      expect(INSTRUMENT_KEYS).toContain(f.instrument);
      const [main, ...more] = f.paragraphs;
      expect(main, f.rule).toMatch(new RegExp(`^${f.instrument} \\S`, 'u'));
      for (const p of more) expect(p).toMatch(/^(?:BPUFF|CCLEO|LLW|GC37|GC36|GC34|MP|BP)(?: \S|$)/u);
      // ("potentially unlawful death" is the Minnesota Protocol's own term, not a verdict.)
      expect(f.explanation).not.toMatch(/illegal/iu);
    }
  });
});
