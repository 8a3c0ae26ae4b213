/**
 * Properties of the whole catalogue and the engine, checked over a grid of facts: every finding cites
 * an instrument and paragraph, no explanation says "illegal", missing facts are facts the rule needs,
 * the headline is the most serious finding, and the result is deterministic.
 */
import { describe, expect, it } from 'vitest';
import { assessAct } from './engine.js';
import { FACT_LABELS, RULE_SAYS, SITUATIONS } from './explanations.en.js';
import {
  ACT_FACT_NAMES,
  INCIDENT_FACT_NAMES,
  type ActFactsInput,
  type IncidentFactsInput,
  type Weapon,
} from './facts.js';
import { SEVERITY, type ActAssessment } from './finding.js';
import { INSTRUMENTS, INSTRUMENT_KEYS } from './instruments.js';
import { RULES } from './rules/catalogue.js';
import { assess } from './test-factories.js';
import { parseActFacts, parseIncidentFacts } from './validate-facts.js';

const RULES_MD_IDS = [
  'BPUFF-4', 'BPUFF-5', 'BPUFF-5c', 'BPUFF-22', 'CCLEO-5', 'GC37-89', 'BPUFF-9', 'BPUFF-14', 'BPUFF-13',
  'GC37-85', 'GC37-86', 'GC37-87', 'LLW-7.1', 'LLW-7.3', 'LLW-7.5', 'LLW-7.7', 'STUN-1', 'GC37-30',
  'GC34-23', 'MED-1', 'NSA-1', 'BPUFF-24', 'GC36-27',
]; // prettier-ignore

const WEAPON_SETS: Weapon[][] = [
  [],
  ['baton'],
  ['tear_gas'],
  ['kinetic_impact_projectile'],
  ['water_cannon', 'stun_grenade'],
  ['firearm'],
  ['pellets', 'physical_force'],
];
const ACTORS = ['police', 'unidentified', 'unknown', 'assembly_participant'] as const;
const INCIDENTS: IncidentFactsInput[] = [
  {},
  { assembly: true, participant_violence: 'widespread', violent_parties: ['participants'] },
  { assembly: true, reported_character: 'violent' },
  { participant_violence: 'none', serious_sustained_disruption: false, police_present: true },
];

/** A deterministic grid of acts and incidents covering every rule's branches broadly. */
function* grid(): Generator<[ActFactsInput, IncidentFactsInput]> {
  for (const weapons of WEAPON_SETS)
    for (const actor_type of ACTORS)
      for (const target_conduct of ['peaceful', 'threat_of_injury', 'restrained', 'unknown'] as const)
        for (const purpose of ['dispersal', 'arrest', 'unknown'] as const)
          for (const harm of ['death', 'unknown'] as const)
            for (const victim_roles of [[], ['journalist', 'medic']] as const)
              for (const incident of INCIDENTS)
                yield [
                  {
                    weapons,
                    actor_type,
                    target_conduct,
                    purpose,
                    harm,
                    // one superior question per act with a death, so the superiors' rule is exercised
                    superior_knew: harm === 'death' ? true : 'unknown',
                    victim_roles: [...victim_roles],
                    target: purpose === 'dispersal' ? 'crowd' : 'individual',
                  },
                  incident,
                ];
}
const results: [ActFactsInput, ActAssessment][] = [...grid()].map(([act, incident]) => [
  act,
  assessAct(parseActFacts(act), parseIncidentFacts(incident)),
]);
const allFindings = results.flatMap(([, a]) => a.findings);

describe('the catalogue', () => {
  it('holds exactly the rules of RULES.md, each once', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULES_MD_IDS].sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s cites an instrument and paragraph and is complete',
    (_id, rule) => {
      const [primary] = rule.cites;
      expect(primary).toBeDefined();
      expect(INSTRUMENT_KEYS).toContain(primary!.instrument);
      expect(primary!.paragraphs.length).toBeGreaterThan(0);
      for (const c of rule.cites) for (const p of c.paragraphs) expect(p).not.toMatch(/≈|^\d+\.\d+\.\d+/);
      expect(rule.needs.length).toBeGreaterThan(0);
      expect(rule.paraphrase.length).toBeGreaterThan(10);
      expect(RULE_SAYS[rule.id]).toBeTruthy();
    },
  );

  it('has an instrument table with title, weight and URL for each key', () => {
    for (const key of INSTRUMENT_KEYS) {
      expect(INSTRUMENTS[key].title.length).toBeGreaterThan(10);
      expect(INSTRUMENTS[key].weight.length).toBeGreaterThan(3);
      expect(INSTRUMENTS[key].url).toMatch(/^https:\/\//);
    }
  });

  it('never uses the word "illegal" in any text', () => {
    const texts = [...Object.values(SITUATIONS), ...Object.values(RULE_SAYS), ...Object.values(FACT_LABELS)];
    for (const t of texts) expect(t).not.toMatch(/illegal/i);
  });

  it('labels every fact in plain words', () => {
    for (const name of [...ACT_FACT_NAMES, ...INCIDENT_FACT_NAMES]) expect(FACT_LABELS[name]).toBeTruthy();
  });
});

describe('every finding over a grid of facts', () => {
  it('covers every rule and every finding kind at least once', () => {
    expect(results.length).toBeGreaterThan(2000);
    expect(new Set(allFindings.map((f) => f.rule)).size).toBe(RULES.length);
    expect(new Set(allFindings.map((f) => f.finding)).size).toBe(Object.keys(SEVERITY).length);
  });

  it('cites an instrument and paragraph', () => {
    const bad = allFindings.filter(
      (f) =>
        !INSTRUMENT_KEYS.includes(f.instrument) ||
        !new RegExp(`^${f.instrument} ¶?\\d`).test(f.paragraphs[0] ?? ''),
    );
    expect(bad).toEqual([]);
  });

  it('explains itself without "illegal", naming the standard', () => {
    const bad = allFindings.filter(
      (f) =>
        /illegal|undefined/i.test(f.explanation) ||
        (f.finding === 'violation' && !f.explanation.includes('inconsistent with')),
    );
    expect(bad).toEqual([]);
  });

  it('lists missing facts exactly when facts are insufficient, and only facts the rule reads', () => {
    const needs = new Map(RULES.map((r) => [r.id, new Set<string>([...r.needs, 'actor_type'])]));
    const bad = allFindings.filter(
      (f) =>
        (f.finding === 'insufficient_facts' && f.missing_facts.length === 0) ||
        (f.finding === 'consistent' && f.missing_facts.length > 0) ||
        f.missing_facts.some((m) => !needs.get(f.rule)?.has(m)),
    );
    expect(bad).toEqual([]);
  });

  it('heads each act with its most serious finding, and gathers all missing facts', () => {
    const bad = results.filter(([, a]) => {
      const worst = Math.min(...a.findings.map((f) => SEVERITY[f.finding]));
      const expected = a.findings.find((f) => SEVERITY[f.finding] === worst) ?? null;
      const union = [...new Set(a.findings.flatMap((f) => f.missing_facts))];
      return a.headline !== expected || a.missingFacts.join() !== union.join();
    });
    expect(bad).toEqual([]);
  });
});

describe('determinism', () => {
  const act: ActFactsInput = {
    weapons: ['tear_gas', 'kinetic_impact_projectile', 'water_cannon'],
    purpose: 'dispersal',
    target: 'crowd',
    harm: 'death',
    victim_roles: ['protester', 'journalist'],
  };
  it('gives the same findings in the same order for the same facts', () => {
    expect(assess(act, { assembly: true })).toEqual(assess(act, { assembly: true }));
  });

  it('does not depend on the order weapons and roles are listed in', () => {
    const reversed = {
      ...act,
      weapons: [...act.weapons!].reverse(),
      victim_roles: [...act.victim_roles!].reverse(),
    };
    expect(assess(reversed, { assembly: true }).findings).toEqual(assess(act, { assembly: true }).findings);
  });

  it('breaks headline ties by catalogue order', () => {
    const a = assess({ weapons: ['firearm'], purpose: 'dispersal', threat_level: 'none' });
    const violations = a.findings.filter((f) => f.finding === 'violation').map((f) => f.rule);
    expect(violations.length).toBeGreaterThan(1);
    expect(a.headline?.rule).toBe(violations[0]);
  });
});
