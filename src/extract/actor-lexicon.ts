/**
 * Generic words for who acts (English and Russian): forces, unidentified attackers, crowds, officials and
 * bodies, each with its actor kind. No names: named actors are found by their form and context (actors.ts).
 */
import type { ActorKind } from '../vocabulary/vocabulary.js';
import { compileLexicon, foldCase } from './fast-regex.js';

export interface ActorPhrase {
  label: string;
  kind: ActorKind;
  start: number;
  end: number;
}

const NUM =
  '(?:(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|dozens\\s+of|hundreds\\s+of|a\\s+group\\s+of|groups\\s+of|a\\s+number\\s+of)\\s+)?';
const DET = `(?:(?:the|a|an)\\s+)?${NUM}`;

/** Ordered: longer, more specific phrases first. */
const PHRASES: [ActorKind, RegExp][] = [
  [
    'counter_demonstrators',
    new RegExp(`\\b${DET}counter[\\s-]?(?:protest(?:e|o)rs|demonstrators)\\b|контрдемонстрант\\p{L}*`, 'giu'),
  ],
  [
    'unidentified',
    new RegExp(
      `\\b${DET}(?:unidentified|unknown|masked|anonymous|plain[\\s-]?clothe[sd])\\s+(?:\\p{L}+\\s+)?(?:m[ae]n|people|persons?|individuals?|assailants?|attackers?|group|youths?|officers?|agents?)\\b|неизвестн\\p{L}*(?:\\s+(?:мужчин\\p{L}*|лиц\\p{L}*|люд\\p{L}*))?|неустановленн\\p{L}*\\s+лиц\\p{L}*|люд\\p{L}*\\s+в\\s+(?:масках|штатском)`,
      'giu',
    ),
  ],
  [
    'private_security',
    new RegExp(
      `\\b${DET}(?:private\\s+)?security\\s+guards?\\b|\\b${DET}private\\s+security\\b|охранник\\p{L}*|частн\\p{L}*\\s+охран\\p{L}*`,
      'giu',
    ),
  ],
  [
    'non_state_armed',
    new RegExp(
      `\\b${DET}(?:armed\\s+(?:m[ae]n|groups?|gangs?)|militants?|militias?|vigilantes?)\\b|вооруж[её]нн\\p{L}*\\s+люд\\p{L}*|титушк\\p{L}*`,
      'giu',
    ),
  ],
  [
    'state_security_force',
    new RegExp(
      `\\b${DET}(?:security\\s+(?:forces|services|officers|agents)|gendarmes?|gendarmerie|interior\\s+(?:ministry\\s+)?troops|national\\s+guard(?:smen)?|state\\s+security)\\b|силовик\\p{L}*|росгвард\\p{L}*|спецслужб\\p{L}*|силы\\s+безопасности|\\bГКНБ\\b|\\bКНБ\\b|\\bФСБ\\b`,
      'giu',
    ),
  ],
  [
    'military',
    new RegExp(
      `\\b${DET}(?:soldiers?|troops|army|military|servicemen|paratroopers)\\b|военн\\p{L}*|солдат\\p{L}*|арми\\p{L}*|военнослужащ\\p{L}*`,
      'giu',
    ),
  ],
  [
    'police',
    new RegExp(
      `\\b${DET}(?:(?:riot|traffic|special|municipal|local|state|city|military|border|mounted|the)\\s+)?police(?:\\s+(?:special\\s+forces|special\\s+units?|officers?|officials?|units?|forces?|m[ae]n|troops|personnel|squads?|commandos?|cordons?|lines?))?\\b|\\b${DET}law[\\s-]enforcement(?:\\s+(?:officers?|officials?|agents?|agencies|personnel|bodies|forces))?\\b|\\b${DET}(?:riot\\s+)?(?:officers?|policem[ae]n|policewom[ae]n|cops?|deputies|sheriffs?|troopers?|riot\\s+squads?|swat(?:\\s+teams?)?|special\\s+forces)\\b|сотрудник\\p{L}*\\s+(?:полиции|милиции|правоохранительн\\p{L}*\\s+орган\\p{L}*|ОВД|МВД|ОМОН\\p{L}*)|полици\\p{L}*|полицейск\\p{L}*|милици\\p{L}*|милиционер\\p{L}*|ОМОН\\p{L}*|омоновц\\p{L}*|спецназ\\p{L}*|правоохранител\\p{L}*|силами\\s+правопорядка`,
      'giu',
    ),
  ],
  [
    'protesters',
    new RegExp(
      `\\b${DET}(?:(?:mostly|largely|peaceful|mostly\\s+peaceful)\\s+)?(?:protest(?:e|o)rs|demonstrators|rioters|crowds?|mobs?|marchers)\\b|протестующ\\p{L}*|демонстрант\\p{L}*|митингующ\\p{L}*|толп\\p{L}*|участник\\p{L}*\\s+(?:акци\\p{L}*|митинг\\p{L}*|протест\\p{L}*)`,
      'giu',
    ),
  ],
];

/** Speed: a kind's regex only runs when one of its stems occurs in the folded sentence. */
const STEMS: Partial<Record<ActorKind, string[]>> = {
  counter_demonstrators: ['counter', 'контрдемонстрант'],
  unidentified: [
    'unidentified',
    'unknown',
    'masked',
    'anonymous',
    'plain',
    'неизвестн',
    'неустановленн',
    'в масках',
    'в штатском',
  ],
  private_security: ['security', 'охран'],
  non_state_armed: ['armed', 'militant', 'militia', 'vigilante', 'вооруж', 'титушк'],
  state_security_force: [
    'security',
    'gendarm',
    'interior',
    'national guard',
    'силовик',
    'росгвард',
    'спецслужб',
    'силы безопасности',
    'кнб',
    'фсб',
  ],
  military: ['soldier', 'troops', 'army', 'military', 'servicem', 'paratroop', 'военн', 'солдат', 'арми'],
  police: [
    'polic',
    'law',
    'officer',
    'cop',
    'deputies',
    'sheriff',
    'trooper',
    'squad',
    'swat',
    'special forces',
    'сотрудник',
    'полиц',
    'милиц',
    'омон',
    'спецназ',
    'правоохран',
    'правопорядк',
  ],
  protesters: [
    'protest',
    'demonstrator',
    'rioter',
    'crowd',
    'mob',
    'marcher',
    'протестующ',
    'демонстрант',
    'митингующ',
    'толп',
    'участник',
  ],
};

const COMPILED: [ActorKind, RegExp][] = PHRASES.map(([k, re]) => [k, compileLexicon(re)]);

/** Generic actor phrases in a sentence, longest match wins where two overlap. */
export function findActorPhrases(sentence: string): ActorPhrase[] {
  const found: ActorPhrase[] = [];
  const folded = foldCase(sentence);
  for (const [kind, re] of COMPILED) {
    const stems = STEMS[kind];
    if (stems && !stems.some((stem) => folded.includes(stem))) continue;
    for (const m of folded.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ label: sentence.slice(start, end), kind, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Titles of officials ("the Minister of Health", "Prime Minister", "министр"); their holders are officials. */
export const OFFICIAL_TITLE =
  /\b(?:(?:the\s+)?(?:former\s+)?(?:Prime\s+Minister|Deputy\s+Prime\s+Minister|President|Vice[\s-]President|Minister(?:\s+of\s+(?:the\s+)?[A-Z][\p{L}]+(?:\s+(?:and\s+)?[A-Z][\p{L}]+)*)?|Speaker(?:\s+of\s+(?:the\s+)?Parliament)?|Mayor|Governor|Prosecutor[\s-]General|Ombudsman|(?:head|chair(?:man|woman|person)?|director|spokes(?:man|woman|person))\s+of\s+the\s+[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)*))\b|(?<![\p{L}])(?:премьер-министр\p{L}*|президент\p{L}*|министр\p{L}*|спикер\p{L}*|мэр|мэра|мэру|мэром|губернатор\p{L}*|аким|акима|акиму|генпрокурор\p{L}*|омбудсмен\p{L}*)(?![\p{L}])/gu;
