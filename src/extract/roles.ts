/**
 * Role lexicon (English and Russian): words that say what a person is (journalist, medic, protester…), used to
 * give victims a role and measured against the 2020PB victim tags.
 */
import type { VictimRole } from '../vocabulary/vocabulary.js';
import { compileLexicon, foldCase } from './fast-regex.js';

export interface RoleMention {
  role: VictimRole;
  start: number;
  end: number;
  text: string;
}

export const ROLE_LEXICON: [VictimRole, RegExp][] = [
  [
    'journalist',
    /\b(?:photo)?journalists?\b|\breporters?\b|\bcorrespondents?\b|\bphotographers?\b|\bvideographers?\b|\bcamera(?:wo)?m[ae]n\b|\bcamera\s*(?:operators?|persons?)\b|\b(?:film|camera|news|tv|television)\s+crews?\b|\bmembers?\s+of\s+the\s+(?:press|media)\b|\bmedia\s+workers?\b|\b(?:the\s+)?press\b(?=\s+(?:pass|badge|vest|card|credentials)|,|\s+(?:were|was))|\blivestream(?:er|ers)\b|\bbloggers?\b|журналист\p{L}*|корреспондент\p{L}*|репорт[её]р\p{L}*|фотограф\p{L}*|фотокорр\p{L}*|оператор\p{L}*|съ[её]мочн\p{L}*\s+групп\p{L}*|блогер\p{L}*|стример\p{L}*/giu,
  ],
  [
    'monitor',
    /\blegal\s+observers?\b|\b(?:human\s+rights\s+|election\s+|independent\s+)?(?:monitors?|observers?)\b|\bhuman\s+rights\s+defenders?\b|наблюдател\p{L}*|правозащитник\p{L}*/giu,
  ],
  [
    'medic',
    /\b(?:street\s+)?medics?\b|\bparamedics?\b|\bdoctors?\b|\bnurses?\b|\bemts?\b|\bmedical\s+(?:volunteers?|workers?|staff|personnel)\b|\bhealth\s+workers?\b|медик\p{L}*|врач\p{L}*|фельдшер\p{L}*|медсестр\p{L}*|медработник\p{L}*/giu,
  ],
  [
    'medical',
    /\bambulances?\b|\b(?:emergency\s+)?(?:health|medical)\s+services?\b|\bhospitals?\b|\bclinics?\b|скор\p{L}*\s+помощ\p{L}*|больниц\p{L}*|медицинск\p{L}*\s+служб\p{L}*/giu,
  ],
  [
    'protester',
    /\bprotest(?:e|o)rs?\b|\bprotesting\b|\bdemonstrators?\b|\bmarchers?\b|\bcrowds?\b|\bactivists?\b|\bparticipants\b|\brally[\s-]?goers\b|протестующ\p{L}*|демонстрант\p{L}*|митингующ\p{L}*|участник\p{L}*\s+(?:акци\p{L}*|митинг\p{L}*|протест\p{L}*|шеств\p{L}*)|активист\p{L}*/giu,
  ],
  [
    'bystander',
    /\bbystanders?\b|\bpasser(?:s)?[\s-]?by\b|\bonlookers?\b|\bpedestrians?\b|\bresidents?\b|\bneighbou?rs?\b|\bwaiting\s+for\s+a\s+bus\b|прохож\p{L}*|случайн\p{L}*\s+прохож\p{L}*|местн\p{L}*\s+жител\p{L}*/giu,
  ],
  [
    'child',
    /\bchild(?:ren)?\b|\bkids?\b|\bminors?\b|\bteen(?:ager)?s?\b|\b(?:[1-9]|1[0-7])[\s-]year[\s-]old\b|\b(?:young\s+)?(?:boy|girl)s?\b|\btoddlers?\b|\bbab(?:y|ies)\b|реб[её]н\p{L}*|дет(?:и|ей|ям)\b|подрост\p{L}*|несовершеннолетн\p{L}*|школьни\p{L}*/giu,
  ],
  [
    'older_person',
    /\belderly\b|\bolder\s+(?:man|woman|men|women|people|person)\b|\b(?:[7-9]\d)[\s-]year[\s-]old\b|\bsenior\s+citizens?\b|\bpensioners?\b|\bgrand(?:mother|father|ma|pa)\b|пожил\p{L}*|пенсионер\p{L}*|бабушк\p{L}*|дедушк\p{L}*/giu,
  ],
  [
    'person_with_disability',
    /\bwheelchairs?\b|\bdisab(?:led|ility|ilities)\b|\bblind\b|\bdeaf\b|\bamputees?\b|\bcrutch(?:es)?\b|\bcane\b|инвалид\p{L}*|колясоч\p{L}*|ограниченн\p{L}*\s+возможност\p{L}*/giu,
  ],
];

/** Speed: an entry's regex only runs when one of its stems occurs in the folded sentence. */
const STEMS: Partial<Record<VictimRole, string[]>> = {
  journalist: [
    'journalist',
    'reporter',
    'correspondent',
    'photographer',
    'videographer',
    'camera',
    'crew',
    'press',
    'media',
    'livestream',
    'blogger',
    'журналист',
    'корреспондент',
    'репорт',
    'фотограф',
    'фотокорр',
    'оператор',
    'съ',
    'блогер',
    'стример',
  ],
  monitor: ['observer', 'monitor', 'defender', 'наблюдател', 'правозащитник'],
  medic: [
    'medic',
    'doctor',
    'nurse',
    'emt',
    'medical',
    'health',
    'медик',
    'врач',
    'фельдшер',
    'медсестр',
    'медработник',
  ],
  medical: ['ambulance', 'service', 'hospital', 'clinic', 'скор', 'больниц', 'служб'],
  protester: [
    'protest',
    'demonstrator',
    'marcher',
    'crowd',
    'activist',
    'participant',
    'rally',
    'протестующ',
    'демонстрант',
    'митингующ',
    'участник',
    'активист',
  ],
  bystander: [
    'bystander',
    'passer',
    'onlooker',
    'pedestrian',
    'resident',
    'neighbo',
    'bus',
    'прохож',
    'жител',
  ],
  child: [
    'child',
    'kid',
    'minor',
    'teen',
    'year',
    'boy',
    'girl',
    'toddler',
    'bab',
    'реб',
    'дет',
    'подрост',
    'несовершеннолетн',
    'школьни',
  ],
  older_person: [
    'elderly',
    'older',
    'year',
    'senior',
    'pensioner',
    'grand',
    'пожил',
    'пенсионер',
    'бабушк',
    'дедушк',
  ],
  person_with_disability: [
    'wheelchair',
    'disab',
    'blind',
    'deaf',
    'amputee',
    'crutch',
    'cane',
    'инвалид',
    'колясоч',
    'ограниченн',
  ],
};

const COMPILED: [VictimRole, RegExp][] = ROLE_LEXICON.map(([r, re]) => [r, compileLexicon(re)]);

/** Role words in a sentence, with where. */
export function detectRoles(sentence: string): RoleMention[] {
  const out: RoleMention[] = [];
  const folded = foldCase(sentence);
  for (const [role, re] of COMPILED) {
    const stems = STEMS[role];
    if (stems && !stems.some((stem) => folded.includes(stem))) continue;
    for (const m of folded.matchAll(re)) {
      out.push({
        role,
        start: m.index,
        end: m.index + m[0].length,
        text: sentence.slice(m.index, m.index + m[0].length),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The role of a single noun phrase ("a reporter for X" → journalist), or null. */
export function roleOf(phrase: string): VictimRole | null {
  return detectRoles(phrase)[0]?.role ?? null;
}
