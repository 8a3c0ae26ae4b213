/**
 * The method lexicon (English and Russian): which means of force or obstruction a sentence names. Used by the
 * extractor for every incident and measured on its own against the 2020PB tags (scripts/eval/methods-2020pb).
 */
import type { Method } from '../vocabulary/vocabulary.js';
import { compileLexicon, foldCase } from './fast-regex.js';

export interface MethodMention {
  method: Method;
  start: number;
  end: number;
  text: string;
}

const EQUIPMENT =
  '(?:(?:mobile\\s+|cell\\s+|smart)?phones?|cameras?|equipment|memory\\s+cards?|footage|laptops?|microphones?|drones?|tripods?|press\\s+(?:cards?|passes?|vests?)|recordings?)';
const EQUIPMENT_RU =
  '(?:телефон\\p{L}*|смартфон\\p{L}*|камер\\p{L}*|фотоаппарат\\p{L}*|оборудовани\\p{L}*|карт\\p{L}* памяти|техник\\p{L}*|флешк\\p{L}*|микрофон\\p{L}*)';
const PROJECTILE_AFTER =
  /^[^.;]{0,40}?\b(?:by|with)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:bullet|round|projectile|canister|munition|pellet|grenade|gas|beanbag|bean bag)/iu;

/** [method, pattern]; patterns are case-insensitive and matched against one sentence. */
const LEXICON: [Method, RegExp][] = [
  ['water_cannon', /\bwater[\s-]?cannons?\b|\bwater\s+(?:jets?|trucks?)\b|водомет\p{L}*|водомёт\p{L}*/giu],
  ['rubber_coated_metal_bullet', /\brubber[\s-]coated\s+(?:metal|steel)\s+bullets?\b/giu],
  [
    'kinetic_impact_projectile',
    /\b(?:rubber|plastic|foam|sponge|wooden|wood)[\s-](?:bullets?|rounds?|tipped\s+rounds?|batons?\s+rounds?)\b|\bbean[\s-]?bags?(?:\s+(?:rounds?|shotguns?))?\b|\b(?:less[\s-]lethal|non[\s-]lethal|impact|kinetic|marking)\s+(?:rounds?|munitions?|projectiles?|weapons?|ammunition)\b|\bless[\s-]lethals?\b|\bprojectiles?\b|\bbaton\s+rounds?\b|\bmark(?:er|ing)\s+rounds?\b|\b(?:fired?|fires|firing|shot|shoots?|shooting)\b[^.;]{0,40}?\b(?<!live\s)(?<!pepper\s)rounds?\b|\bfoam\s+(?:bullets?|rounds?|projectiles?)\b|резинов\p{L}*\s+пул\p{L}*|травматическ\p{L}*/giu,
  ],
  ['pellets', /\b(?:birdshot|buckshot|metal\s+pellets?|shotgun\s+pellets?|pellets?)\b|\bдроб\p{L}*/giu],
  [
    'tear_gas',
    /\btear[\s-]?gas(?:s?ed|sing)?\b|\b(?:cs|chemical)\s+gas\b|\bgas\s+(?:canisters?|grenades?|rounds?|masks?\s+off|clouds?)\b|\bgass(?:ed|ing)\b|\btear-?gas\s+canisters?\b|слезоточив\p{L}*|\bгаз\p{L}*/giu,
  ],
  [
    'pepper_spray',
    /\bpepper[\s-]?spray(?:s|ed|ing)?\b|\b(?:oc|chemical|irritant)\s+spray\b|\bmace[ds]?\b|\bspray(?:s|ed|ing)?\b(?!\s*paint)|перцов\p{L}*|баллончик\p{L}*/giu,
  ],
  [
    'pepper_ball',
    /\bpepper[\s-]?balls?\b|\bpepperball(?:s|ed)?\b|\bpepper\s+(?:bullets?|rounds?|projectiles?|pellets?)\b/giu,
  ],
  [
    'stun_grenade',
    /\b(?:stun|flash|concussion|sound)[\s-]?(?:grenades?|bombs?|bangs?)\b|\bflash[\s-]?bangs?\b|\bblast\s+balls?\b|светошумов\p{L}*|свето-шумов\p{L}*/giu,
  ],
  [
    'baton',
    /\bbatons?\b(?!\s+rounds?)|\btruncheons?\b|\bnight\s?sticks?\b|\bclubs?\b|\bclubbed\b|дубинк\p{L}*/giu,
  ],
  [
    'conducted_electrical_weapon',
    /\btasers?\b|\btas(?:ed|ered|ing)\b|\bstun\s+guns?\b|электрошокер\p{L}*|шокер\p{L}*/giu,
  ],
  [
    'acoustic_device',
    /\blrad\b|\bsound\s+cannons?\b|\bacoustic\s+(?:device|weapon)s?\b|\blong[\s-]range\s+acoustic\b/giu,
  ],
  [
    'firearm',
    /\blive\s+(?:ammunition|rounds?|fire|bullets?)\b|\bfirearms?\b|\bhandguns?\b|\bguns?\b(?<!stun\s+guns?)|\bpistols?\b|\brifles?\b|\bopened\s+fire\b|\bshot\s+dead\b|\bgunshots?\b|\bgunfire\b|боев\p{L}*\s+патрон\p{L}*|огнестрел\p{L}*|открыл\p{L}*\s+огонь|застрел\p{L}*/giu,
  ],
  [
    'vehicle',
    /\b(?:drove|drives|driving|drive|plowed|ploughed|rammed|rams|ramming)\s+(?:\w+\s+){0,3}(?:into|through|over|at)\b|\b(?:run|runs|ran)\s+over\s+(?!to\b)(?:him|her|them|a|an|the|protesters?|people|someone|demonstrators?)\b|\b(?:hit|struck|knocked)\s+by\s+(?:an?\s+|the\s+)?(?:police\s+)?(?:car|vehicle|suv|truck|van|cruiser)\b|наехал\p{L}*|сбил\p{L}*\s+машин\p{L}*/giu,
  ],
  ['dog', /\b(?:police\s+|k-?9\s+)?dogs?\b|\bk-?9s?\b|\bbitten\b|собак\p{L}*/giu],
  ['horse', /\bhorses?(?:back)?\b|\bmounted\s+(?:police|officers?|units?)\b|\bконн\p{L}*/giu],
  [
    'kettling',
    /\bkettl(?:e|ed|es|ing)\b|\bencircled\b|\bboxed\s+in\b|\btrapped\s+(?:protesters|them|the\s+crowd)\b|\bоцепил\p{L}*\s+и|\bкотел\p{L}*/giu,
  ],
  ['shield', /\bshields?\b/giu],
  [
    'physical_assault',
    /\b(?:beat|beats|beaten|beating|beatings)\b|\bpunch(?:ed|es|ing)?\b|\bkick(?:ed|s|ing)?\b|\bpush(?:ed|es|ing)?\b|\bshov(?:e|ed|es|ing)\b|\btackl(?:e|ed|es|ing)\b|\bkneed\b|\bkne(?:e|es|eling|lt|eled)\s+(?:\w+\s+){0,2}(?:on|in(?:to)?)\s+(?:his|her|their|the|a|him|them)\b|\bchok(?:e|ed|es|ing)\b|\bchokeholds?\b|\bheadlocks?\b|\bslamm?(?:ed|ing|s)?\b|\bstomp(?:ed|s|ing)?\b|\bthrew\s+(?:\w+\s+){0,2}(?:to|on|onto)\s+the\s+ground\b|\bthrown\s+to\s+the\s+ground\b|\bknock(?:ed|s|ing)\s+(?:\w+\s+){0,2}(?:down|to\s+the\s+ground|over)\b|\bdragg?(?:ed|ing|s)\b|\bassault(?:ed|s|ing)?\b|\battack(?:ed|s|ing)?\b|\bstrik(?:e|es|ing)\b|\bstruck\b|\bhit(?:s|ting)?\b|\bbeat\s+up\b|\bpummel\p{L}*|избил\p{L}*|избиени\p{L}*|избит\p{L}*|\bбил\p{L}*|ударил\p{L}*|удар\p{L}*|толкнул\p{L}*|толкал\p{L}*|напал\p{L}*|нападени\p{L}*|пинал\p{L}*|повалил\p{L}*/giu,
  ],
  [
    'arrest',
    /\barrest(?:ed|s|ing)?\b|\bhandcuff(?:ed|s|ing)?\b|\bzip[\s-]?tie[sd]?\b|\bapprehend(?:ed|s|ing)?\b|\btaken\s+into\s+custody\b|\bарест\p{L}*/giu,
  ],
  ['detention', /\bdetain(?:ed|s|ing)?\b|\bdetention\b|\bdetainees?\b|задержа\p{L}*|задерж\p{L}*/giu],
  [
    'confiscation_of_equipment',
    new RegExp(
      `\\b(?:confiscat\\p{L}*|seiz(?:ed|ing|es|e)|took|taken|take\\s+away|snatch\\p{L}*)\\s+(?:away\\s+)?(?:\\p{L}+\\s+){0,2}${EQUIPMENT}\\b|\\b${EQUIPMENT}\\s+(?:was|were)\\s+(?:confiscated|seized|taken)|(?:изъял\\p{L}*|изъят\\p{L}*|отобрал\\p{L}*|отняли|конфискова\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}${EQUIPMENT_RU}`,
      'giu',
    ),
  ],
  [
    'attempted_seizure_of_equipment',
    new RegExp(
      `\\b(?:tried|attempted|trying|attempting|tries|attempts)\\s+to\\s+(?:take|grab|seize|snatch|confiscate|wrest)\\s+(?:\\p{L}+\\s+){0,2}${EQUIPMENT}\\b|пыта\\p{L}*\\s+(?:отобрать|отнять|вырвать|забрать)\\s+(?:\\p{L}+\\s+){0,2}${EQUIPMENT_RU}`,
      'giu',
    ),
  ],
  [
    'damage_to_equipment',
    new RegExp(
      `\\b(?:smash\\p{L}*|broke|broken|break|damag\\p{L}*|destroy\\p{L}*|shatter\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}${EQUIPMENT}\\b|(?:разбил\\p{L}*|сломал\\p{L}*|повредил\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}${EQUIPMENT_RU}`,
      'giu',
    ),
  ],
  [
    'obstruction_of_reporting',
    /\b(?:prevent\p{L}*|stopp?\p{L}*|block\p{L}*|barr\p{L}*|ban\p{L}*|ordered|forced|told)\s+(?:\p{L}+\s+){0,3}(?:from\s+)?(?:filming|recording|reporting|broadcasting|covering|taking\s+(?:photos|pictures))\b|\b(?:delete|erase)\p{L}*\s+(?:\p{L}+\s+){0,2}(?:footage|photos|videos?|recordings?)\b|(?:помешал\p{L}*|запрети\p{L}*|не\s+дал\p{L}*|препятствова\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:снимать|вести\s+съемку|вести\s+трансляци\p{L}*|работать)|удалить\s+(?:\p{L}+\s+){0,2}(?:видео|записи|снимки|фото)/giu,
  ],
  [
    'seizure_of_vehicle',
    /\b(?:seiz\p{L}*|hijack\p{L}*|commandeer\p{L}*|took\s+over|captur\p{L}*|stole|stolen)\s+(?:\p{L}+\s+){0,3}(?:ambulances?|vehicles?|buses|cars?|trucks?)\b|\b(?:ambulances?|vehicles?|buses|cars?|trucks?)\s+(?:had\s+been|have\s+been|has\s+been|were|was|being)\s+(?:\p{L}+\s+)?(?:seized|hijacked|commandeered|stolen|taken\s+over|captured)\b|(?:захват\p{L}*|угна\p{L}*)\s+(?:\p{L}+\s+){0,3}(?:машин\p{L}*\s+скорой|скор\p{L}*|автомобил\p{L}*|автобус\p{L}*)/giu,
  ],
  ['threat', /\bthreat(?:en|ened|ening|ens|s)\b|угрожа\p{L}*|угроз\p{L}*/giu],
];

/**
 * Speed: a lexicon entry's regex only runs when one of these stems occurs in the folded sentence. Every
 * alternative of an entry must contain one of its stems (methods.test.ts checks the lexicon still matches).
 */
const STEMS: Record<Method, string[]> = {
  water_cannon: ['water', 'водом'],
  rubber_coated_metal_bullet: ['rubber'],
  kinetic_impact_projectile: [
    'rubber',
    'plastic',
    'foam',
    'sponge',
    'wood',
    'bean',
    'lethal',
    'impact',
    'kinetic',
    'mark',
    'projectile',
    'baton',
    'round',
    'резинов',
    'травмат',
  ],
  pellets: ['pellet', 'birdshot', 'buckshot', 'дроб'],
  tear_gas: ['gas', 'слезоточ', 'газ'],
  pepper_spray: ['spray', 'mace', 'перцов', 'баллончик'],
  pepper_ball: ['pepper'],
  stun_grenade: ['grenade', 'bomb', 'bang', 'blast', 'светошум', 'свето-шум'],
  baton: ['baton', 'truncheon', 'stick', 'club', 'дубин'],
  conducted_electrical_weapon: ['taser', 'tase', 'stun gun', 'шокер'],
  acoustic_device: ['lrad', 'sound', 'acoustic', 'long'],
  firearm: [
    'live',
    'firearm',
    'gun',
    'pistol',
    'rifle',
    'opened fire',
    'shot dead',
    'боев',
    'огнестрел',
    'огонь',
    'застрел',
  ],
  vehicle: ['drov', 'driv', 'plow', 'plough', 'ram', 'run', 'ran', 'by', 'наехал', 'сбил'],
  dog: ['dog', 'k9', 'k-9', 'bitten', 'собак'],
  horse: ['horse', 'mounted', 'конн'],
  kettling: ['kettl', 'encircled', 'boxed', 'trapped', 'оцепил', 'котел'],
  shield: ['shield'],
  physical_assault: [
    'beat',
    'punch',
    'kick',
    'push',
    'shov',
    'tackl',
    'knee',
    'knel',
    'chok',
    'headlock',
    'slam',
    'stomp',
    'threw',
    'thrown',
    'knock',
    'drag',
    'assault',
    'attack',
    'strik',
    'struck',
    'hit',
    'pummel',
    'изби',
    'бил',
    'удар',
    'толк',
    'напал',
    'нападени',
    'пинал',
    'повалил',
  ],
  arrest: ['arrest', 'handcuff', 'zip', 'apprehend', 'custody', 'арест'],
  detention: ['detain', 'detention', 'задерж'],
  confiscation_of_equipment: [
    'confiscat',
    'seiz',
    'took',
    'taken',
    'take',
    'snatch',
    'изъя',
    'отобрал',
    'отняли',
    'конфиск',
  ],
  attempted_seizure_of_equipment: ['tried', 'attempt', 'trying', 'tries', 'пыта'],
  damage_to_equipment: [
    'smash',
    'broke',
    'break',
    'damag',
    'destroy',
    'shatter',
    'разбил',
    'сломал',
    'повредил',
  ],
  obstruction_of_reporting: [
    'filming',
    'recording',
    'reporting',
    'broadcasting',
    'covering',
    'taking',
    'delet',
    'eras',
    'помешал',
    'запрети',
    'не дал',
    'препятств',
    'удалить',
  ],
  seizure_of_vehicle: [
    'seiz',
    'hijack',
    'commandeer',
    'took over',
    'captur',
    'stole',
    'ambulance',
    'vehicle',
    'bus',
    'car',
    'truck',
    'захват',
    'угна',
  ],
  threat: ['threat', 'угрож', 'угроз'],
  other: [],
};

const COMPILED: [Method, RegExp][] = LEXICON.map(([m, re]) => [m, compileLexicon(re)]);

/** Methods whose words only count when no projectile or gas is the instrument ("struck by a rubber bullet"). */
const CONTACT_VERBS = /^(?:struck|strike|strikes|striking|hit|hits|hitting)$/iu;
const RANGED: ReadonlySet<Method> = new Set([
  'firearm',
  'kinetic_impact_projectile',
  'pellets',
  'tear_gas',
  'pepper_ball',
  'stun_grenade',
  'water_cannon',
]);
/** Words before a mention that make it unreal: negated, threatened, hypothetical or normative. */
const IRREALIS =
  /(?:\b(?:not|never|no|without|nor|threat(?:en(?:ed|ing|s)?)?\s+to|risk(?:ing)?|or\s+face|would|could|should|must|may\s+only|avoid)\s+(?:be\s+|been\s+|any\s+|further\s+)?|\bне\s+(?:были\s+|был\s+)?)$/iu;
/** Shooting words that mean launchers, not firearms, when a less-lethal weapon is named in the same sentence. */
const LAUNCHER_WORDS = /^(?:guns?|opened\s+fire|gunshots?|gunfire)$/iu;

function sentenceAround(text: string, start: number, end: number): string {
  const s = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start));
  const e = text.indexOf('. ', end);
  return text.slice(s < 0 ? 0 : s, e < 0 ? text.length : e);
}

/** The methods a sentence names, with where; `lang` is accepted for symmetry: both lexicons are always tried. */
export function detectMethods(sentence: string, _lang: 'en' | 'ru' | 'und' = 'en'): MethodMention[] {
  const out: MethodMention[] = [];
  const folded = foldCase(sentence);
  for (const [method, re] of COMPILED) {
    if (!STEMS[method].some((stem) => folded.includes(stem))) continue;
    for (const m of folded.matchAll(re)) {
      const text = sentence.slice(m.index, m.index + m[0].length);
      if (IRREALIS.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (
        method === 'physical_assault' &&
        CONTACT_VERBS.test(text) &&
        PROJECTILE_AFTER.test(sentence.slice(m.index + text.length))
      )
        continue;
      if (
        method === 'physical_assault' &&
        /^attack/iu.test(text) &&
        /^\s+on\b/iu.test(sentence.slice(m.index + text.length)) &&
        /\b(?:building|station|office|ambulance|services?|hospital)/iu.test(
          sentence.slice(m.index, m.index + 80),
        )
      )
        continue;
      if (
        method === 'pepper_spray' &&
        /^spray/iu.test(text) &&
        /(?:water|paint|graffiti)/iu.test(sentence.slice(Math.max(0, m.index - 20), m.index + 30))
      )
        continue;
      if (
        method === 'dog' &&
        /^dogs?$/iu.test(text) &&
        !/\b(?:police|k-?9|bit|bite|bitten|unleash|set\s+on|attack)/iu.test(sentence)
      )
        continue;
      if (
        method === 'shield' &&
        !/\b(?:with|using|by)\s+(?:a\s+|their\s+|his\s+|her\s+|riot\s+)*shields?\b|\bshields?\s+(?:to|into)\b/iu.test(
          sentence,
        )
      )
        continue;
      out.push({ method, start: m.index, end: m.index + text.length, text });
    }
  }
  // Second pass: contact verbs and launcher words yield to a ranged weapon named in the same sentence.
  return out
    .filter((m) => {
      const contact = m.method === 'physical_assault' && CONTACT_VERBS.test(m.text);
      const launcher = m.method === 'firearm' && LAUNCHER_WORDS.test(m.text);
      if (m.method === 'firearm' && /^(?:hand)?guns?$|^rifles?$|^pistols?$|^firearms?$/iu.test(m.text)) {
        const around = sentenceAround(sentence, m.start, m.end);
        if (
          !/\b(?:shot|shoots?|shooting|fired|fires?|firing|pointed|pointing|aimed|aiming|brandish\p{L}*)\b|стрел|выстрел/iu.test(
            around,
          )
        )
          return false;
        if (
          /(?:riot|pepper\s?ball|paintball|less[\s-]lethal|bean\s?bag|foam|gas|launcher)\s+$/iu.test(
            sentence.slice(Math.max(0, m.start - 20), m.start),
          )
        )
          return false;
      }
      if (!contact && !launcher) return true;
      const around = sentenceAround(sentence, m.start, m.end);
      if (
        contact &&
        /\b(?:with|using)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+|the\s+)?(?:batons?|fists?|clubs?|shields?|knees?|sticks?|hands?)\b/iu.test(
          around,
        )
      )
        return true;
      return !out.some(
        (o) =>
          RANGED.has(o.method) &&
          (contact || o.method !== 'firearm') &&
          sentence.slice(o.start, o.end) &&
          around.includes(o.text),
      );
    })
    .sort((a, b) => a.start - b.start);
}

/** The distinct methods a sentence names, in order of first mention. */
export function methodsIn(sentence: string, lang: 'en' | 'ru' | 'und' = 'en'): Method[] {
  return [...new Set(detectMethods(sentence, lang).map((m) => m.method))];
}
