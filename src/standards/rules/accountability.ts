/**
 * Duties after the fact: reporting force, superiors' responsibility, investigating deaths.
 */
import { anyHarm, atAssembly, outcome, stateSide, usesForce, uses, type Rule } from '../rule.js';

const BPUFF_22: Rule = {
  id: 'BPUFF-22',
  kind: 'accountability',
  family: 'accountability',
  cites: [
    { instrument: 'BPUFF', paragraphs: ['6', '22'] },
    { instrument: 'GC37', paragraphs: ['77'] },
  ],
  paraphrase: 'Injury, death or firearm use must be reported and reviewed.',
  needs: ['harm', 'weapons', 'report_filed'],
  appliesTo: (ctx) => stateSide(ctx) && usesForce(ctx.act) && (anyHarm(ctx.act) || uses(ctx.act, 'firearm')),
  evaluate(ctx) {
    switch (ctx.act.report_filed) {
      case false:
        return outcome('violation', 'not_reported');
      case true:
        return outcome('consistent', 'reported');
      case 'unknown':
        return outcome('insufficient_facts', 'not_enough', ['report_filed']);
    }
  },
};

const BPUFF_24: Rule = {
  id: 'BPUFF-24',
  kind: 'accountability',
  family: 'accountability',
  cites: [{ instrument: 'BPUFF', paragraphs: ['24–26'] }],
  paraphrase: 'Superiors are responsible if they knew and did not act; unlawful orders are no defence.',
  needs: ['superior_knew', 'superior_acted'],
  // A line of inquiry, not a default question: the rule runs once someone has recorded what a superior knew.
  appliesTo: (ctx) => stateSide(ctx) && ctx.act.superior_knew !== 'unknown',
  evaluate(ctx) {
    const { act } = ctx;
    if (act.superior_knew === false) return outcome('consistent', 'superior_did_not_know');
    switch (act.superior_acted) {
      case false:
        return outcome('violation', 'superior_did_not_act');
      case true:
        return outcome('consistent', 'superior_acted');
      case 'unknown':
        return outcome('insufficient_facts', 'not_enough', ['superior_acted']);
    }
  },
};

const GC36_27: Rule = {
  id: 'GC36-27',
  kind: 'accountability',
  family: 'accountability',
  cites: [
    { instrument: 'GC36', paragraphs: ['27–29'] },
    { instrument: 'MP', paragraphs: [] },
  ],
  paraphrase:
    'Every potentially unlawful death, and live fire at demonstrators, must be investigated promptly, independently, effectively and transparently.',
  needs: ['harm', 'weapons'],
  // Whoever caused it: a death at an assembly engages the State's duty to investigate.
  appliesTo: (ctx) => ctx.act.harm === 'death' || (uses(ctx.act, 'firearm') && atAssembly(ctx)),
  evaluate(ctx) {
    return ctx.act.harm === 'death'
      ? outcome('death_requires_investigation', 'death')
      : outcome('investigation_required', 'firearm_use');
  },
};

export const ACCOUNTABILITY_RULES: readonly Rule[] = [BPUFF_22, BPUFF_24, GC36_27];
