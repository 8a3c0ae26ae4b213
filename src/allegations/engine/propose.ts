/**
 * Which acts should become allegations. The seed statement asks that every allegation of unlawful force
 * by law enforcement, and every act of violence by non-state actors, be investigated; deaths and attacks on
 * journalists and medics are always followed. Acts of one incident by one perpetrator for the same reason
 * form one group, so a dispersal recorded as four acts (one per weapon) becomes one allegation.
 */
import type { VictimRole } from '../../vocabulary/vocabulary.js';
import type { ActForProposal, AuthorityKind, Finding } from './types.js';

export type Trigger =
  'death' | 'violation' | 'possible_violation' | 'journalist' | 'medical' | 'non_state_abuse';
export type Priority = 'urgent' | 'high' | 'normal';

/** Why an allegation is proposed: a rule's finding or a kind of victim or harm. */
export interface Ground {
  trigger: Trigger;
  actId: string;
  /** The standards rule behind it, when the trigger is a finding. */
  rule: string | null;
}

export interface AllegationProposal {
  /** Stable key for the act group: the same acts always give the same key. */
  key: string;
  title: string;
  actIds: string[];
  incidentId: string;
  incidentDate: string;
  allegedPerpetrator: { label: string; isState: boolean };
  authorityKind: AuthorityKind;
  /** Why this authority: shown to the reviewer, who decides. */
  authorityReason: string;
  victims: { label: string; role: VictimRole }[];
  grounds: Ground[];
  priority: Priority;
}

type Category = 'death' | 'journalist' | 'medical' | 'state_force' | 'non_state';

const JOURNALIST_EVENTS: ReadonlySet<string> = new Set(['attack_on_journalist', 'obstruction_of_journalist']);
const MEDICAL_ROLES: ReadonlySet<string> = new Set(['medic', 'medical']);
/** State acts that are not force: a disciplinary matter first, unless a finding says more. */
const NON_FORCE_EVENTS: ReadonlySet<string> = new Set(['obstruction_of_journalist', 'arrests']);
const PRIORITY_RANK: Record<Priority, number> = { urgent: 0, high: 1, normal: 2 };

/** Allegations to propose for `acts`, skipping acts that already belong to an allegation. Deterministic. */
export function proposeAllegations(
  acts: readonly ActForProposal[],
  existingAllegationActIds: readonly string[] = [],
): AllegationProposal[] {
  const taken = new Set(existingAllegationActIds);
  const groups = new Map<string, { category: Category; acts: ActForProposal[] }>();
  const ordered = [...acts].sort((a, b) => compare(a.actId, b.actId));
  for (const act of ordered) {
    if (taken.has(act.actId)) continue;
    taken.add(act.actId); // the same act listed twice is still one act
    const triggers = triggersOf(act);
    if (triggers.length === 0) continue;
    const category = categoryOf(act, triggers);
    const key = [act.incidentId, act.perpetrator.label.trim().toLowerCase(), category].join('|');
    const group = groups.get(key) ?? { category, acts: [] };
    group.acts.push(act);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, group]) => toProposal(key, group.category, group.acts))
    .sort(
      (a, b) =>
        PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
        compare(a.incidentDate, b.incidentDate) ||
        compare(a.key, b.key),
    );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const allFindings = (act: ActForProposal): Finding[] => [
  ...(act.headlineFinding ? [act.headlineFinding] : []),
  ...act.findings.map((f) => f.finding),
];

function triggersOf(act: ActForProposal): Trigger[] {
  const found = allFindings(act);
  const triggers: Trigger[] = [];
  if ((act.killed ?? 0) > 0 || found.includes('death_requires_investigation')) triggers.push('death');
  if (found.includes('violation')) triggers.push('violation');
  if (found.includes('possible_violation')) triggers.push('possible_violation');
  if (JOURNALIST_EVENTS.has(act.eventType) || act.victims.some((v) => v.role === 'journalist'))
    triggers.push('journalist');
  if (act.eventType === 'attack_on_medical_services' || act.victims.some((v) => MEDICAL_ROLES.has(v.role)))
    triggers.push('medical');
  if (found.includes('abuse_by_non_state_actor')) triggers.push('non_state_abuse');
  return triggers;
}

function categoryOf(act: ActForProposal, triggers: Trigger[]): Category {
  if (triggers.includes('death')) return 'death';
  if (triggers.includes('journalist')) return 'journalist';
  if (triggers.includes('medical')) return 'medical';
  return act.perpetrator.isState ? 'state_force' : 'non_state';
}

function groundsOf(act: ActForProposal): Ground[] {
  const grounds: Ground[] = [];
  for (const trigger of triggersOf(act)) {
    const finding: Finding | null =
      trigger === 'violation' || trigger === 'possible_violation'
        ? trigger
        : trigger === 'non_state_abuse'
          ? 'abuse_by_non_state_actor'
          : trigger === 'death'
            ? 'death_requires_investigation'
            : null;
    const rules = finding ? act.findings.filter((f) => f.finding === finding).map((f) => f.rule) : [];
    if (rules.length === 0) grounds.push({ trigger, actId: act.actId, rule: null });
    for (const rule of rules) grounds.push({ trigger, actId: act.actId, rule });
  }
  return grounds;
}

function authorityFor(category: Category, acts: ActForProposal[], grounds: Ground[]) {
  const state = acts.some((a) => a.perpetrator.isState);
  if (category === 'death')
    return {
      kind: 'prosecutor' as const,
      reason: 'A death needs a criminal investigation (GC36 ¶27–29, Minnesota Protocol).',
    };
  if (!state)
    return {
      kind: 'police' as const,
      reason: 'Violence by private persons: the State must protect and investigate (GC37 ¶18, 24; GC36 ¶23).',
    };
  const onlyPossible = !grounds.some((g) => g.trigger === 'violation');
  const nonForce = acts.every((a) => NON_FORCE_EVENTS.has(a.eventType));
  if (nonForce)
    return {
      kind: 'internal_affairs' as const,
      reason: 'Conduct of officers without physical force: a disciplinary inquiry, at least.',
    };
  if (onlyPossible && category === 'state_force')
    return {
      kind: 'ombudsman' as const,
      reason: 'Force possibly inconsistent with the standards: an oversight body can review the operation.',
    };
  return {
    kind: 'prosecutor' as const,
    reason: 'Force by State agents inconsistent with the standards may be a crime: a criminal investigation.',
  };
}

function priorityOf(category: Category, grounds: Ground[], state: boolean): Priority {
  if (category === 'death') return 'urgent';
  if (state && grounds.some((g) => g.trigger === 'violation')) return 'high';
  if (category === 'journalist' || category === 'medical') return 'high';
  return 'normal';
}

const TITLE_LEAD: Record<Category, string> = {
  death: 'Death of',
  journalist: 'Attack on',
  medical: 'Interference with',
  state_force: 'Use of force against',
  non_state: 'Violence against',
};

function toProposal(key: string, category: Category, acts: ActForProposal[]): AllegationProposal {
  const first = acts[0] as ActForProposal;
  const grounds = acts.flatMap(groundsOf);
  const state = acts.some((a) => a.perpetrator.isState);
  const victims = uniqueVictims(acts);
  const authority = authorityFor(category, acts, grounds);
  const lead =
    category === 'journalist' && acts.every((a) => a.eventType === 'obstruction_of_journalist')
      ? 'Obstruction of'
      : TITLE_LEAD[category];
  const victimText = victims.map((v) => v.label).join(', ') || 'unidentified victims';
  return {
    key,
    title: `${lead} ${victimText}${byWhom(first.perpetrator)}, ${first.incidentDate}`,
    actIds: acts.map((a) => a.actId),
    incidentId: first.incidentId,
    incidentDate: acts.map((a) => a.incidentDate).sort()[0] ?? first.incidentDate,
    allegedPerpetrator: { label: first.perpetrator.label, isState: state },
    authorityKind: authority.kind,
    authorityReason: authority.reason,
    victims,
    grounds,
    priority: priorityOf(category, grounds, state),
  };
}

/** " by <perpetrator>", or nothing when no one is known (a death of unclear cause). */
const byWhom = (p: ActForProposal['perpetrator']): string =>
  p.kind === 'unidentified' && /^(unknown|unidentified)$/i.test(p.label.trim()) ? '' : ` by ${p.label}`;

function uniqueVictims(acts: ActForProposal[]) {
  const seen = new Map<string, { label: string; role: VictimRole }>();
  for (const v of acts.flatMap((a) => a.victims)) seen.set(`${v.role}|${v.label}`, v);
  return [...seen.values()];
}
