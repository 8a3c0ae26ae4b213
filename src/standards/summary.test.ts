import { describe, expect, it } from 'vitest';
import { summariseFindings } from './summary.js';
import { assess } from './test-factories.js';

const rubberBulletsAtCrowd = () =>
  assess(
    { weapons: ['kinetic_impact_projectile'], purpose: 'dispersal', target: 'crowd' },
    { assembly: true },
  );

describe('summariseFindings', () => {
  it('counts acts per rule and says which need the assembly character', () => {
    const summary = summariseFindings([
      rubberBulletsAtCrowd(),
      rubberBulletsAtCrowd(),
      rubberBulletsAtCrowd(),
      rubberBulletsAtCrowd(),
      assess({ actor_type: 'unidentified', weapons: ['physical_force'] }),
    ]);
    expect(summary.lines.find((l) => l.rule === 'LLW-7.5')).toMatchObject({
      kind: 'violation',
      acts: 4,
      text: '4 acts inconsistent with LLW 7.5',
    });
    expect(summary.text).toContain("4 acts need the assembly's character to decide");
    expect(summary.text).toContain('1 act of abuse by non-State actors');
    expect(summary.text.startsWith('4 acts inconsistent with LLW 7.5')).toBe(true);
  });

  it('puts the rule breached by most acts first among violations', () => {
    const summary = summariseFindings([
      assess({ victim_roles: ['journalist'], equipment_seized_or_damaged: true }),
      rubberBulletsAtCrowd(),
      rubberBulletsAtCrowd(),
    ]);
    const violations = summary.lines.filter((l) => l.kind === 'violation');
    expect(violations[0]?.rule).toBe('LLW-7.5');
    expect(violations.some((l) => l.rule === 'GC37-30' && l.acts === 1)).toBe(true);
  });

  it('names the rule when two rules share a main citation', () => {
    const text = summariseFindings([assess({ weapons: ['stun_grenade'], target: 'crowd' })]).text;
    expect(text).toContain('1 act possibly inconsistent with GC37 ¶87 (STUN-1)');
  });

  it('counts deaths that require investigation', () => {
    expect(summariseFindings([assess({ harm: 'death' })]).text).toContain(
      '1 act with a death requiring investigation',
    );
  });

  it('is empty for no acts', () => {
    expect(summariseFindings([])).toEqual({ lines: [], text: '' });
  });
});
