/**
 * Standards facts (names and values of standards/RULES.md) that a sentence states in so many words, each with the
 * words that state it. Unknown facts are left out: nothing here is guessed from what usually happens.
 */
import type { Method } from '../vocabulary/vocabulary.js';
import { compileLexicon, foldCase } from './fast-regex.js';
import type { Perpetrator, StatedFact, Victim } from './types.js';

type Rule = [fact: string, value: string | boolean, pattern: RegExp];

const RULES: Rule[] = [
  [
    'purpose',
    'dispersal',
    /\b(?:to\s+disperse|dispers(?:e|ed|ing|al)|break\s+up\s+(?:the\s+)?(?:crowd|protest|rally|demonstration)|clear(?:ed)?\s+the\s+(?:square|streets?|crowd))\b|разгон\p{L}*|разогна\p{L}*|рассеять/iu,
  ],
  [
    'purpose',
    'arrest',
    /\b(?:to\s+arrest|to\s+detain|during\s+(?:the|an|his|her)\s+arrest)\b|чтобы\s+задержать/iu,
  ],
  ['target', 'crowd', /\b(?:the\s+)?crowds?\b|\binto\s+the\s+(?:crowd|protesters)\b|в\s+толп\p{L}*/iu],
  ['target', 'individual', /\b(?:directly\s+)?at\s+(?:him|her)\b|\btargeted\b/iu],
  [
    'fire_mode',
    'direct',
    /\bdirectly\s+at\b|\baimed\s+at\s+(?:him|her|them|the\s+\p{L}+)\b|\bпрямой\s+наводкой|\bв\s+упор/iu,
  ],
  ['fire_mode', 'point_blank', /\bat\s+(?:close|point[\s-]blank)\s+range\b|\bpoint[\s-]blank\b/iu],
  ['fire_mode', 'indiscriminate', /\bindiscriminate(?:ly)?\b|беспорядочн\p{L}*/iu],
  [
    'fire_mode',
    'thrown',
    /\b(?:threw|thrown|throwing|lobbed)\b[^.;]{0,30}(?:grenades?|canisters?|flash[\s-]?bangs?)/iu,
  ],
  // A source's description of an assembly is what it reports, not an established fact: the standards engine
  // treats a reported character as a presumption (GC37 ¶17) until a reviewer establishes the violence.
  [
    'reported_character',
    'mostly_peaceful',
    /\b(?:largely|mostly|overwhelmingly|predominantly|generally)\s+peaceful\b|в\s+основном\s+мирн\p{L}*/iu,
  ],
  [
    'reported_character',
    'peaceful',
    /\b(?:entirely|completely|wholly|fully)\s+peaceful\b|\bpeaceful(?:ly)?\s+(?:protest(?:e|o)rs|demonstrators|assembly|march|rally|sit-in)\b|мирн\p{L}*\s+(?:акци\p{L}*|протестующ\p{L}*|митинг\p{L}*)/iu,
  ],
  [
    'reported_character',
    'violent',
    /\bwidespread\s+violence\b|\bviolent\s+riots?\b|массов\p{L}*\s+беспоряд\p{L}*/iu,
  ],
  ['warning_given', false, /\bwithout\s+(?:any\s+)?warning\b|\bno\s+warning\b|без\s+предупреждени\p{L}*/iu],
  [
    'warning_given',
    true,
    /\bafter\s+(?:a\s+|several\s+)?warnings?\b|\bwarned\s+the\s+(?:crowd|protesters)\b|после\s+предупреждени\p{L}*/iu,
  ],
  [
    'force_after_control',
    true,
    /\bwhile\s+(?:he|she|they)\s+(?:was|were)\s+(?:handcuffed|restrained|on\s+the\s+ground|lying)\b|\balready\s+(?:handcuffed|restrained|detained)\b|уже\s+задержанн\p{L}*/iu,
  ],
  ['in_custody', true, /\bin\s+(?:police\s+)?custody\b|\bin\s+detention\b|в\s+отделе\p{L}*|под\s+стражей/iu],
  [
    'confined_space',
    true,
    /\bconfined\s+space\b|\bindoors\b|\binside\s+(?:a|the)\s+(?:building|metro|station|flat|apartment)\b|\bв\s+подъезд\p{L}*/iu,
  ],
  ['impact_site', 'head', /\b(?:in|to|on)\s+the\s+head\b|\bhead\s+(?:wound|injur\p{L}*)\b|в\s+голов\p{L}*/iu],
  [
    'impact_site',
    'face_eyes',
    /\b(?:in|to)\s+the\s+(?:face|eyes?)\b|\blost\s+(?:an|his|her)\s+eye\b|в\s+(?:лицо|глаз)/iu,
  ],
  ['impact_site', 'chest', /\b(?:in|to)\s+the\s+chest\b|в\s+грудь/iu],
  ['impact_site', 'legs', /\b(?:in|to)\s+the\s+(?:legs?|knees?|thighs?)\b|в\s+ног\p{L}*/iu],
  ['impact_site', 'back', /\b(?:in|to)\s+the\s+back\b|в\s+спин\p{L}*/iu],
  ['impact_site', 'neck', /\b(?:in|to|on)\s+the\s+neck\b|в\s+ше\p{L}*/iu],
  ['impact_site', 'groin', /\b(?:in|to)\s+the\s+groin\b|в\s+пах/iu],
];

const COMPILED_RULES: Rule[] = RULES.map(([n, v, re]) => [n, v, compileLexicon(re)]);

const RECORDING =
  /\bwhile\s+(?:he|she|they)\s+(?:was|were)\s+(?:conducting|filming|recording|broadcasting|streaming|reporting|photographing|taking\s+(?:photos|pictures))\b|\blive\s+(?:broadcast|stream)\w*|\blivestream\w*|\b(?:was|were)\s+filming\b|во\s+время\s+(?:прямого\s+эфира|трансляции|съ[её]мки)|вел\p{L}*\s+(?:прям\p{L}*\s+)?(?:трансляци\p{L}*|съ[её]мк\p{L}*)/iu;

/**
 * The victim's own conduct at the moment, in so many words: "while he was conducting a live broadcast",
 * "they were filming", "во время прямого эфира". Filming, broadcasting or reporting is journalistic work, not
 * violence, so it states the target's conduct (`peaceful`). Only a pronoun or a live broadcast counts, so
 * "police were filming the crowd" says nothing about the victim; a sentence without it leaves the conduct
 * unknown.
 */
const AT_WORK =
  /\b(?:while|when|as)\s+(?:he|she|they)\s+(?:was|were)\s+(?:(?:conducting|doing|giving|hosting|making)\s+(?:a\s+)?live\s+(?:broadcast|stream|report)|filming|recording|broadcasting|live[\s-]?streaming|streaming|reporting|photographing|taking\s+(?:photos|pictures)|interviewing)\b|\b(?:he|she|they)\s+(?:was|were)\s+(?:reportedly\s+|allegedly\s+)?(?:filming|broadcasting|live[\s-]?streaming|photographing)\b|\bduring\s+(?:a|his|her|their)\s+live\s+(?:broadcast|stream)\b|во\s+время\s+(?:прямого\s+эфира|трансляции|съ[её]мки)|когда\s+(?:он|она|они)\s+(?:снимал\p{L}*|вел\p{L}*\s+(?:прям\p{L}*\s+)?(?:трансляци\p{L}*|эфир\p{L}*|съ[её]мк\p{L}*))/iu;

const ACTOR_TYPE: Partial<Record<Perpetrator['kind'], string>> = {
  police: 'police',
  military: 'military',
  state_security_force: 'gendarmerie',
  unidentified: 'unidentified',
  private_security: 'private_security',
  counter_demonstrators: 'counter_demonstrator',
  non_state_armed: 'non_state_armed',
};

const VICTIM_ROLE: Partial<Record<string, string>> = {
  protester: 'protester',
  journalist: 'journalist',
  monitor: 'monitor',
  medic: 'medic',
  medical: 'ambulance_crew',
  bystander: 'bystander',
  child: 'child',
  older_person: 'older_person',
  person_with_disability: 'person_with_disability',
};

export interface FactInput {
  texts: string[];
  methods: readonly Method[];
  perpetrator: Perpetrator | null;
  victims: readonly Victim[];
  killed: number | null;
}

/** The facts the incident's sentences state; the first statement of a fact wins. */
export function statedFacts(input: FactInput): Record<string, StatedFact> {
  const facts: Record<string, StatedFact> = {};
  const set = (name: string, value: string | boolean, quote: string) => {
    if (!(name in facts)) facts[name] = { value, quote };
  };
  for (const text of input.texts) {
    const folded = foldCase(text);
    for (const [name, value, re] of COMPILED_RULES) {
      re.lastIndex = 0;
      const m = re.exec(folded);
      if (m) set(name, value, text.slice(m.index, m.index + m[0].length));
    }
    const seized = input.methods.some(
      (m) => m === 'confiscation_of_equipment' || m === 'damage_to_equipment',
    );
    const rec = RECORDING.exec(text);
    if (rec && (seized || input.methods.includes('obstruction_of_reporting')))
      set('prevented_from_recording', true, rec[0]);
    const atWork = input.victims.length > 0 ? AT_WORK.exec(text) : null;
    if (atWork) set('target_conduct', 'peaceful', atWork[0]);
    const eq =
      /\b(?:confiscat\p{L}*|seiz\p{L}*|smash\p{L}*|broke|damag\p{L}*|destroy\p{L}*)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?\p{L}+|(?:изъял|отобрал|разбил|сломал)\p{L}*[^.;]{0,30}/iu.exec(
        text,
      );
    if (seized && eq) set('equipment_seized_or_damaged', true, eq[0].trim());
    const amb =
      /\bambulances?\b[^.;]{0,40}\b(?:seized|blocked|stopped|obstructed|attacked|hijacked|prevented)\b|\b(?:seized|blocked|stopped|obstructed|attacked|hijacked)\b[^.;]{0,30}\bambulances?\b|скор\p{L}*\s+помощ\p{L}*[^.;]{0,30}(?:захват|заблокир|не\s+пропуст)\p{L}*/iu.exec(
        text,
      );
    if (amb) set('ambulance_obstructed', true, amb[0]);
    const hosp =
      /\b(?:attack\p{L}*|raid\p{L}*|storm\p{L}*|tear[\s-]?gas\p{L}*)\b[^.;]{0,30}\b(?:hospitals?|clinics?)\b/iu.exec(
        text,
      );
    if (hosp) set('medical_facility_attacked', true, hosp[0]);
  }
  const perp = input.perpetrator;
  const actorType = perp ? ACTOR_TYPE[perp.kind] : undefined;
  if (perp && actorType) set('actor_type', actorType, perp.label);
  const victim = input.victims.find((v) => v.role && VICTIM_ROLE[v.role]);
  if (victim?.role) set('victim_role', VICTIM_ROLE[victim.role] ?? 'protester', victim.label);
  if (input.killed && input.killed > 0) {
    const death = input.texts
      .map((t) => /\b(?:died|killed|dead|death)\b|погиб\p{L}*|умер\p{L}*/iu.exec(t))
      .find(Boolean);
    if (death) set('harm', 'death', death[0]);
  }
  return facts;
}
