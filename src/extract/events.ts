/**
 * What kind of event a sentence reports, who did it and to whom: event-type rules over the sentence analysis
 * (verbs, methods, actors, victim roles), perpetrator from voice ("by X" in the passive, else the actor before
 * the verb), victims from named persons with their appositions and from role words.
 */
import { type ActorKind, type EventType, FORCE_METHODS, type Method } from '../vocabulary/vocabulary.js';
import type { ActorPhrase } from './actor-lexicon.js';
import type { SentenceAnalysis } from './analysis.js';
import { lexiconFinder, lexiconTester } from './fast-regex.js';
import type { Perpetrator, Victim } from './types.js';

export interface EventReading {
  type: EventType;
  perpetrator: Perpetrator | null;
  victims: Victim[];
}

const OBSTRUCTION_METHODS: ReadonlySet<Method> = new Set([
  'confiscation_of_equipment',
  'attempted_seizure_of_equipment',
  'damage_to_equipment',
  'obstruction_of_reporting',
  'detention',
  'arrest',
  'threat',
]);
const STATE_KINDS: ReadonlySet<ActorKind> = new Set(['police', 'military', 'state_security_force']);
const NON_STATE_ATTACKERS: ReadonlySet<ActorKind> = new Set([
  'unidentified',
  'non_state_armed',
  'private_security',
  'counter_demonstrators',
]);

const POLITICAL =
  /\b(?:annul(?:led|s)?|resign(?:ed|s)?|stepped\s+down|dismiss(?:ed)?|impeached|declared\s+(?:a\s+)?state\s+of\s+emergency|imposed\s+(?:a\s+)?curfew|invalidated|sworn\s+in|appointed)\b|аннулир\p{L}*|отставк\p{L}*|отставку|недействительн\p{L}*|чрезвычайн\p{L}*\s+положени\p{L}*|комендантск\p{L}*\s+час\p{L}*|назначен\p{L}*/iu;
const SEIZE_BUILDING =
  /\b(?:seiz(?:ed|ing)|storm(?:ed|ing)|occup(?:ied|ying)|took\s+over|captur(?:ed|ing)|broke\s+into)\b[^.;]{0,60}?\b(?:building|parliament|white\s+house|office|headquarters|station|administration|ministry|city\s+hall|town\s+hall|premises|palace)\b|захват\p{L}*[^.;]{0,40}?(?:здани\p{L}*|парламент\p{L}*|Бел\p{L}*\s+дом\p{L}*|администраци\p{L}*|телецентр\p{L}*|телеканал\p{L}*)|штурм\p{L}*/iu;
const ATTACK_WORDS =
  /\b(?:attack\p{L}*|assault\p{L}*|beat\p{L}*|injur\p{L}*|wound\p{L}*|shot|fired|targeted|hurt|struck|hit)\b|напа\p{L}*|избит\p{L}*|избил\p{L}*|ранен\p{L}*|пострада\p{L}*/iu;
const MEDICAL_HARM =
  /\b(?:attack\p{L}*|assault\p{L}*|seiz\p{L}*|block\p{L}*|obstruct\p{L}*|prevent\p{L}*|hijack\p{L}*|denied|stopped)\b|напа\p{L}*|захват\p{L}*|блокир\p{L}*|не\s+пропуск\p{L}*/iu;
const PROTEST_CONTEXT =
  /\b(?:strikers|striking\s+(?:\p{L}+\s+)?(?:workers|miners|employees|staff)|protest\p{L}*|demonstrat\p{L}*|rall(?:y|ies)|march\p{L}*|crowds?|dispers\p{L}*|assembl\p{L}*|gathering)\b|протест\p{L}*|митинг\p{L}*|акци\p{L}*|демонстр\p{L}*|разгон\p{L}*|разогна\p{L}*|шестви\p{L}*/iu;
const PROTEST_EVENT =
  /\b(?:took\s+to\s+the\s+streets|protested|rallied|marched|demonstrated|gathered|held\s+(?:a\s+)?(?:rally|protest|demonstration|march|vigil|picket)|staged\s+(?:a\s+)?(?:rally|protest|demonstration|march|sit-in))\b|вышли\s+на\s+(?:улиц\p{L}*|акци\p{L}*|митинг\p{L}*|площад\p{L}*)|провели\s+(?:акци\p{L}*|митинг\p{L}*|пикет\p{L}*|шестви\p{L}*)|митинговал\p{L}*|протестовал\p{L}*|собрал\p{L}*\s+(?:на|у|возле|перед|около)\s+\p{L}+/iu;
const RIOT =
  /\b(?:riot\p{L}*|loot\p{L}*|threw\s+(?:stones|rocks|bottles|molotov)|set\s+fire|torched|vandali[sz]\p{L}*)\b|беспоряд\p{L}*|подожгл\p{L}*|бросал\p{L}*\s+камн/iu;
const DEATH =
  /\b(?:died|was\s+killed|were\s+killed|killed|dead|death)\b|погиб\p{L}*|умер\p{L}*|скончал\p{L}*|убит\p{L}*/iu;

/** "had recorded six incidents of attacks": a count reported by someone, not an event (see figures). */
const REPORTED_COUNT =
  /\b(?:recorded|documented|counted|registered|tallied|verified|logged)\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?[\p{L}\p{N},]+\s+(?:incidents?|cases?|attacks?|violations?|complaints?|reports?)\b|зафиксировал\p{L}*\s+\S+\s+(?:случа\p{L}*|нападени\p{L}*|нарушени\p{L}*)/iu;

const PERPETRATOR_KINDS: ReadonlySet<ActorKind> = new Set([
  ...STATE_KINDS,
  ...NON_STATE_ATTACKERS,
  'protesters',
]);

const isPolitical = lexiconTester(POLITICAL);
const isSeizeBuilding = lexiconTester(SEIZE_BUILDING);
const isMedicalHarm = lexiconTester(MEDICAL_HARM);
const isProtestContext = lexiconTester(PROTEST_CONTEXT);
const isProtestEvent = lexiconTester(PROTEST_EVENT);
const isRiot = lexiconTester(RIOT);
const isDeath = lexiconTester(DEATH);
const isReportedCount = lexiconTester(REPORTED_COUNT);
const findAttackWord = lexiconFinder(ATTACK_WORDS);

/** The acting party: the actor after a passive "by", else the first actor before the event words. */
export function findPerpetrator(a: SentenceAnalysis, anchor: number): ActorPhrase | null {
  const candidates = a.actors.filter((x) => PERPETRATOR_KINDS.has(x.kind));
  const byAgent = candidates.find(
    (x) =>
      /\b(?:by|от\s+рук)\s+(?:the\s+)?$/iu.test(a.text.slice(Math.max(0, x.start - 12), x.start)) ||
      /^(?:by\s+)/iu.test(x.label),
  );
  if (byAgent) return byAgent;
  const russianInstrumental = candidates.find((x) =>
    /(?:ами|ами\s|ыми|ими|ом|ем)$/u.test(x.label.split(/\s+/u)[0] ?? ''),
  );
  if (russianInstrumental && /[а-яё]/iu.test(a.text)) return russianInstrumental;
  // "a mob of counter-demonstrators", "groups of armed men": the second phrase says who they are.
  const collective = /^(?:an?\s+|the\s+)?(?:mob|crowd|group|groups|gang)s?$/iu;
  for (const x of candidates) {
    if (!collective.test(x.label)) continue;
    const next = candidates.find(
      (y) => y.start > x.end && /^\s+of\s+(?:[\p{L}-]+\s+)?$/u.test(a.text.slice(x.end, y.start)),
    );
    if (next) Object.assign(x, { kind: next.kind, end: next.end, label: a.text.slice(x.start, next.end) });
  }
  const before = candidates.filter((x) => x.start < anchor);
  return (
    before[0] ?? candidates.find((x) => STATE_KINDS.has(x.kind) || NON_STATE_ATTACKERS.has(x.kind)) ?? null
  );
}

function nounPhrase(text: string, start: number, end: number): { label: string; s: number; e: number } {
  let s = start;
  const left =
    /(?:\b(?:a|an|the|two|three|four|five|several|some|many|other|independent|local|foreign|female|male|young|injured|freelance|peaceful|mostly|largely)\s+)+$/iu.exec(
      text.slice(Math.max(0, start - 60), start),
    );
  if (left) s = start - left[0].length;
  let e = end;
  const right =
    /^\s+(?:of|from|for|with|at)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Lu}\p{N}][\p{L}\p{N}.-]*(?:\s+[\p{Lu}][\p{L}\p{N}.-]*)*/u.exec(
      text.slice(end),
    );
  if (right) e = end + right[0].replace(/[.,]+$/u, '').length;
  return { label: text.slice(s, e), s, e };
}

/** Victims: named persons with a role or after the event words, then role words not said of the actor. */
export function findVictims(
  a: SentenceAnalysis,
  perpetrator: ActorPhrase | null,
  anchor: number,
  wantProtesters: boolean,
): Victim[] {
  const victims: Victim[] = [];
  const covered: { start: number; end: number }[] = perpetrator ? [perpetrator] : [];
  for (const p of a.persons) {
    const isVictimRole = p.role !== null && p.role !== 'official' && p.role !== 'police';
    if (!isVictimRole && p.start < anchor) continue;
    if (/\bby\s+$/iu.test(a.text.slice(Math.max(0, p.start - 6), p.start))) continue;
    victims.push({
      name: p.name,
      label: (p.roleText ?? p.name).replace(/\s+/gu, ' '),
      role: p.role,
      affiliation: p.affiliation,
    });
    // The role words may stand after the name (apposition) or before it ("оператора телеканала «X» NAME").
    const after = p.roleText ? a.text.indexOf(p.roleText, p.end) : -1;
    const before = p.roleText && after < 0 ? a.text.lastIndexOf(p.roleText, p.start) : -1;
    covered.push({
      start: before >= 0 ? before : p.start,
      end: after >= 0 ? after + (p.roleText?.length ?? 0) : p.end,
    });
  }
  for (const r of a.roles) {
    if (covered.some((c) => r.start < c.end && r.end > c.start)) continue;
    if (r.role === 'protester' && !wantProtesters) continue;
    // "Doctors at the hospital said that…": the subject of a saying verb is a source, not a victim.
    if (
      /^[^.;]{0,40}?\b(?:said|say|says|reported|told|stated|confirmed|added)\b/iu.test(a.text.slice(r.end)) &&
      r.start < 60
    )
      continue;
    if (
      /\bby\s+(?:a\s+|an\s+|the\s+)?(?:\p{L}+\s+)?$/iu.test(a.text.slice(Math.max(0, r.start - 20), r.start))
    )
      continue; // an agent or a source
    if (victims.some((v) => v.name === null && v.role === r.role)) continue;
    if (r.role === 'protester' && victims.some((v) => v.role !== 'protester')) continue; // a journalist among protesters is the victim named
    const np = nounPhrase(a.text, r.start, r.end);
    const affiliation = a.outlets.find((o) => o.start >= np.s && o.end <= np.e)?.name ?? null;
    victims.push({ name: null, label: np.label.replace(/\s+/gu, ' '), role: r.role, affiliation });
    covered.push({ start: np.s, end: np.e });
  }
  return victims;
}

function toPerpetrator(x: ActorPhrase | null): Perpetrator | null {
  return x ? { label: x.label.replace(/^by\s+/iu, '').replace(/\s+/gu, ' '), kind: x.kind } : null;
}

/** Reads the event a sentence reports, or null for norms, reports of counts and background. */
export function readEvent(a: SentenceAnalysis): EventReading | null {
  if (a.norm || isReportedCount(a.text)) return null;
  const methods = new Set(a.methods.map((m) => m.method));
  const force = [...methods].some((m) => FORCE_METHODS.has(m));
  const obstruction = [...methods].some((m) => OBSTRUCTION_METHODS.has(m));
  const anchor = Math.min(
    a.methods[0]?.start ?? Infinity,
    findAttackWord(a.text)?.index ?? Infinity,
    a.text.length,
  );
  const perpActor = findPerpetrator(a, anchor);
  const perpetrator = toPerpetrator(perpActor);
  const kind = perpActor?.kind ?? null;
  const victims = () => findVictims(a, perpActor, anchor, true);

  if (isPolitical(a.text) && !force) return { type: 'political_development', perpetrator: null, victims: [] };
  if (isSeizeBuilding(a.text)) return { type: 'seizure_of_building', perpetrator, victims: [] };
  const vs = victims();
  const roles = new Set(vs.map((v) => v.role));
  if (
    (roles.has('medical') || roles.has('medic')) &&
    (isMedicalHarm(a.text) || force || methods.has('seizure_of_vehicle'))
  ) {
    return {
      type: 'attack_on_medical_services',
      perpetrator,
      victims: vs.filter((v) => v.role === 'medical' || v.role === 'medic'),
    };
  }
  if (roles.has('journalist') || roles.has('monitor')) {
    const press = vs.filter((v) => v.role === 'journalist' || v.role === 'monitor');
    if (force || (findAttackWord(a.text) !== null && perpetrator))
      return { type: 'attack_on_journalist', perpetrator, victims: press };
    if (obstruction) return { type: 'obstruction_of_journalist', perpetrator, victims: press };
  }
  if (kind && STATE_KINDS.has(kind)) {
    if (force)
      return {
        type:
          isProtestContext(a.text) || roles.has('protester')
            ? 'excessive_force_against_protesters'
            : 'attack',
        perpetrator,
        victims: vs,
      };
    if (methods.has('arrest') || methods.has('detention'))
      return { type: 'arrests', perpetrator, victims: vs };
  }
  if (kind && NON_STATE_ATTACKERS.has(kind) && (force || findAttackWord(a.text) !== null))
    return { type: 'attack', perpetrator, victims: vs };
  if (kind === 'protesters' && isRiot(a.text))
    return { type: 'violent_demonstration', perpetrator, victims: [] };
  if (isProtestEvent(a.text) && !force) return { type: 'peaceful_protest', perpetrator: null, victims: [] };
  if (isDeath(a.text) && !perpetrator && a.primaryDate)
    return { type: 'death_in_unclear_circumstances', perpetrator: null, victims: vs };
  return null;
}
