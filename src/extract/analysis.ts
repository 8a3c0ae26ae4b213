/**
 * Everything the lexicons and parsers find in one sentence, computed once; the event, fact and figure rules read
 * this. Offsets are relative to the sentence.
 */
import type { ActorPhrase } from './actor-lexicon.js';
import { findActorPhrases } from './actor-lexicon.js';
import { findOrganisations, findOutlets, findPersons, type NamedMention } from './actors.js';
import { type DateContext, type DateMention, findDates } from './dates.js';
import { detectMethods, type MethodMention } from './methods.js';
import { findNumbers, type NumberMention } from './numbers.js';
import { findPlacesIn, type PlaceMention } from './places.js';
import { detectRoles, type RoleMention } from './roles.js';
import type { Sentence } from './segment.js';
import { compileLexicon, foldCase, lexiconTester } from './fast-regex.js';

export interface SentenceAnalysis {
  sentence: Sentence;
  text: string;
  dates: DateMention[];
  /** The date the sentence is about: a leading "On/During/By …" date, else an "on …" date, else the first. */
  primaryDate: DateMention | null;
  methods: MethodMention[];
  roles: RoleMention[];
  actors: ActorPhrase[];
  outlets: NamedMention[];
  organisations: NamedMention[];
  persons: NamedMention[];
  places: PlaceMention[];
  numbers: NumberMention[];
  /** A statement of what should or must happen, not of what happened. */
  norm: boolean;
  /** Starts with a pronoun or "the scene/incident": continues the sentence before. */
  continuation: boolean;
}

const NORM =
  /\b(?:must|should|shall|ought\s+to|have\s+an\s+obligation|has\s+an\s+obligation|are\s+only\s+suitable|is\s+only\s+suitable|calls?\s+on|calling\s+on|urges?|urging)\b|(?:должн\p{L}*|следует|необходимо|призыва\p{L}*|обязан\p{L}*)/iu;
const CONTINUATION =
  /^(?:They|He|She|It|This|These|Those|The\s+(?:scene|incident|attack|footage|video|man|woman|journalist|reporter|crew|victim)|Он|Она|Они|Это|Позже|Затем)\b/u;
const isNorm = lexiconTester(NORM);

/** Cheap gate: only sentences with one of these stems (or a date or digit) get the full analysis. */
const CANDIDATE_WORDS = compileLexicon(
  /attack|assault|beat|fire|shot|shoot|disperse|take|took|tried|attempt|grab|snatch|phone|camera|equipment|film|broadcast|smash|damag|destroy|dog|horse|vehicle|drove|ran over|kettl|cordon|pellet|round|projectile|lethal|water|strik|knee|chok|drag|slam|stomp|pepper|mace|flash|seiz|storm|occup|protest|demonstrat|rall(?:y|ie)|march|arrest|detain|confiscat|resign|annul|kill|died|dead|death|injur|wound|treat|hospital|journalist|reporter|correspondent|crew|ambulance|medic|police|officer|force|gas|bullet|cannon|grenade|baton|spray|taser|punch|kick|push|shov|tackl|struck|hit|threat|curfew|emergency|нап[ао]д|изби|стрел|разгон|разогна|задерж|митинг|акци|протест|полиц|милиц|омон|журналист|корреспондент|погиб|ранен|пострада|захват|газ|пул|дубин|отставк|аннулир|скор/iu,
);

function pickPrimary(dates: DateMention[]): DateMention | null {
  const leading = dates.find((d) => d.start < 25 && d.lead !== null);
  return (
    leading ??
    dates.find((d) => d.lead === 'on' || d.lead === 'during' || d.lead === 'в') ??
    dates.find((d) => d.precision !== 'month') ??
    dates[0] ??
    null
  );
}

/** Analyses one sentence; `country` (ISO2) helps place lookup. Cheap sentences skip the heavy parts. */
export function analyseSentence(
  sentence: Sentence,
  ctx: DateContext,
  lang: 'en' | 'ru' | 'und',
  country: string | null,
): SentenceAnalysis {
  const text = sentence.text;
  const dates = findDates(text, ctx, lang);
  CANDIDATE_WORDS.lastIndex = 0;
  const candidate = dates.length > 0 || CANDIDATE_WORDS.test(foldCase(text));
  const outlets = candidate ? findOutlets(text) : [];
  const organisations = candidate
    ? findOrganisations(text).filter((o) => !outlets.some((x) => o.start < x.end && o.end > x.start))
    : [];
  const masks = [...outlets, ...organisations];
  const persons = candidate ? findPersons(text, lang, masks) : [];
  const named = [...masks, ...persons];
  const outside = (s: number, e: number) => !named.some((n) => s < n.end && e > n.start);
  return {
    sentence,
    text,
    dates,
    primaryDate: pickPrimary(dates),
    methods: candidate ? detectMethods(text, lang).filter((m) => outside(m.start, m.end)) : [],
    roles: candidate ? detectRoles(text).filter((r) => outside(r.start, r.end)) : [],
    actors: candidate ? findActorPhrases(text).filter((a) => outside(a.start, a.end)) : [],
    outlets,
    organisations,
    persons,
    places: candidate ? findPlacesIn(text, country, named) : [],
    numbers: findNumbers(text),
    norm: isNorm(text),
    continuation: CONTINUATION.test(text),
  };
}
