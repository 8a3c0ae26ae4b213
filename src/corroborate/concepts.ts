/**
 * A small bilingual (English/Russian) lexicon of the words incident reports are made of, so that "rubber bullet"
 * and "резиновая пуля" share tokens. Word starts, matched against folded English words or lower-case Cyrillic
 * words. It is deliberately small: cross-language similarity stays weak, names and numbers carry most of it.
 */
const CONCEPTS: Record<string, { en: string[]; ru: string[] }> = {
  police: {
    en: ['police', 'officer', 'cop', 'law enforcement'],
    ru: ['полиц', 'милиц', 'правоохран', 'сотрудник'],
  },
  special_forces: { en: ['special forces', 'swat', 'riot police'], ru: ['спецназ', 'омон', 'спецподраздел'] },
  journalist: {
    en: ['journalist', 'reporter', 'correspondent', 'cameraman', 'camera crew', 'film crew', 'photographer'],
    ru: ['журналист', 'репортер', 'репортёр', 'корреспондент', 'оператор', 'съемочн', 'съёмочн', 'фотограф'],
  },
  protester: {
    en: ['protester', 'protestor', 'demonstrator', 'crowd', 'rally', 'protest', 'demonstration'],
    ru: ['протест', 'митинг', 'демонстрант', 'манифест', 'толп', 'акци'],
  },
  rubber_bullet: { en: ['rubber', 'foam', 'bean bag', 'beanbag'], ru: ['резинов', 'травматич'] },
  bullet: {
    en: ['bullet', 'round', 'projectile', 'munition'],
    ru: ['пуля', 'пули', 'пулей', 'пулям', 'пулях', 'пулю', 'снаряд', 'патрон'],
  },
  shoot: { en: ['shot', 'shoot', 'fired', 'fire'], ru: ['стрел', 'выстрел', 'обстрел', 'открыл'] },
  tear_gas: { en: ['tear gas', 'teargas', 'gas'], ru: ['слезоточ', 'газ'] },
  stun_grenade: { en: ['stun grenade', 'flash', 'grenade'], ru: ['светошум', 'гранат'] },
  water_cannon: { en: ['water cannon'], ru: ['водомет', 'водомёт'] },
  beat: {
    en: ['beat', 'beaten', 'punch', 'kick', 'baton', 'assault', 'attack'],
    ru: ['избил', 'избит', 'бил', 'удар', 'дубин', 'напал', 'нападен', 'атак'],
  },
  detain: { en: ['detain', 'detention', 'arrest', 'custody'], ru: ['задерж', 'арест', 'доставлен'] },
  phone: { en: ['phone', 'smartphone', 'mobile'], ru: ['телефон', 'смартфон'] },
  camera: {
    en: ['camera', 'equipment', 'filming', 'film', 'video'],
    ru: ['камер', 'аппаратур', 'техник', 'съемк', 'съёмк', 'снимал', 'видео'],
  },
  confiscate: {
    en: ['confiscat', 'seized', 'took', 'take', 'grab', 'snatch'],
    ru: ['изъял', 'изъят', 'отобрал', 'отнял', 'выхватил', 'забрал', 'конфиск'],
  },
  injure: {
    en: ['injur', 'wound', 'hurt', 'victim'],
    ru: ['ранен', 'ранил', 'травм', 'пострадав', 'пострада'],
  },
  kill: { en: ['kill', 'dead', 'death', 'died', 'die'], ru: ['погиб', 'убит', 'умер', 'смерт', 'скончал'] },
  hospital: { en: ['hospital', 'clinic'], ru: ['больниц', 'госпитал', 'клиник', 'стационар'] },
  treat: { en: ['treat', 'medical care', 'medical help'], ru: ['лечени', 'обратил', 'помощ', 'медпомощ'] },
  ambulance: { en: ['ambulance', 'emergency'], ru: ['скор', 'неотложн'] },
  medic: { en: ['medic', 'doctor', 'paramedic', 'nurse'], ru: ['медик', 'врач', 'фельдшер', 'медсестр'] },
  parliament: { en: ['parliament', 'white house'], ru: ['парламент', 'белый дом', 'жогорку кенеш'] },
  election: { en: ['election', 'polling', 'ballot', 'vote'], ru: ['выбор', 'избират', 'голосован'] },
  square: { en: ['square'], ru: ['площад'] },
  night: { en: ['night'], ru: ['ночь', 'ночью', 'ночи'] },
  head: { en: ['head', 'face'], ru: ['голов', 'лиц'] },
  leg: { en: ['leg', 'knee'], ru: ['ног', 'колен'] },
  live_broadcast: {
    en: ['live broadcast', 'livestream', 'live stream', 'streaming'],
    ru: ['прямой эфир', 'прямом эфир', 'трансляц', 'стрим'],
  },
  thousand: { en: ['thousand'], ru: ['тысяч'] },
  hundred: { en: ['hundred'], ru: ['сотн', 'сотен'] },
  use: { en: ['used', 'use', 'using', 'deployed', 'turned'], ru: ['примени', 'использова'] },
  crowd_gathered: { en: ['gathered', 'assembled'], ru: ['собрал', 'собравш'] },
  man: { en: ['man', 'men'], ru: ['мужчин'] },
  woman: { en: ['woman', 'women'], ru: ['женщин'] },
  unidentified: { en: ['unidentified', 'unknown', 'masked'], ru: ['неизвестн', 'неустановлен', 'маск'] },
  covid: { en: ['covid', 'coronavirus', 'corona', 'sars-cov-2'], ru: ['ковид', 'коронавирус'] },
  case: { en: ['case'], ru: ['случа', 'заболевш', 'заражен'] },
  daily: { en: ['per day', 'daily'], ru: ['сутки', 'суточн', 'ежедневн'] },
  january: { en: ['january'], ru: ['январ'] },
  february: { en: ['february'], ru: ['феврал'] },
  march: { en: ['march'], ru: ['март'] },
  april: { en: ['april'], ru: ['апрел'] },
  may: { en: ['may'], ru: ['мая', 'май'] },
  june: { en: ['june'], ru: ['июн'] },
  july: { en: ['july'], ru: ['июл'] },
  august: { en: ['august'], ru: ['август'] },
  september: { en: ['september'], ru: ['сентябр'] },
  october: { en: ['october'], ru: ['октябр'] },
  november: { en: ['november'], ru: ['ноябр'] },
  december: { en: ['december'], ru: ['декабр'] },
  building: { en: ['building', 'office', 'headquarters'], ru: ['здани', 'офис', 'штаб'] },
};

interface Entry {
  words: string[];
  concept: string;
}

function entries(lang: 'en' | 'ru'): Entry[] {
  return Object.entries(CONCEPTS)
    .flatMap(([concept, forms]) => forms[lang].map((form) => ({ words: form.split(' '), concept })))
    .sort((x, y) => y.words.length - x.words.length || y.words[0]!.length - x.words[0]!.length);
}

/** Entries indexed by their first letter, so each word is checked against a handful, not all. */
function byFirstLetter(list: Entry[]): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const e of list) {
    const key = e.words[0]![0]!;
    index.set(key, [...(index.get(key) ?? []), e]);
  }
  return index;
}

const EN = byFirstLetter(entries('en'));
const RU = byFirstLetter(entries('ru'));

/** Short word starts must match the whole word, or "пул" would match "пульт" and "fire" "firefighter". */
const matches = (word: string, start: string): boolean =>
  start.length <= 3
    ? word === start || (word.startsWith(start) && word.length <= start.length + 2)
    : word.startsWith(start);

/**
 * Replaces lexicon words by concept tokens ("#journalist"). Returns one token per input word position consumed;
 * words outside the lexicon are returned as they are.
 */
export function conceptTokens(words: readonly string[], lang: 'en' | 'ru'): string[] {
  const table = lang === 'en' ? EN : RU;
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const hit = (table.get(words[i]![0] ?? '') ?? []).find((e) =>
      e.words.every((w, k) => words[i + k] !== undefined && matches(words[i + k]!, w)),
    );
    if (hit) {
      out.push(`#${hit.concept}`);
      i += hit.words.length;
    } else {
      out.push(words[i]!);
      i++;
    }
  }
  return out;
}
