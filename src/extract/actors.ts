/**
 * Named actors by their form and context: media outlets ("the independent news website X", "a reporter for X",
 * "издание «X»"), organisations and state bodies (capitalised names with a head word such as Ministry,
 * Commission, International), officials by title, and persons (capitalised name sequences, confirmed by
 * wink-nlp part-of-speech tags in English; surname endings in Russian) with role and affiliation from appositions.
 */
import type { ActorKind, VictimRole } from '../vocabulary/vocabulary.js';
import { OFFICIAL_TITLE } from './actor-lexicon.js';
import { compileLexicon } from './fast-regex.js';
import { tagTokens } from './nlp.js';
import { roleOf } from './roles.js';

export interface NamedMention {
  name: string;
  kind: ActorKind;
  start: number;
  end: number;
  /** The apposition or title that says what the person is ("a reporter for X"). */
  roleText: string | null;
  role: VictimRole | null;
  affiliation: string | null;
}

const NAME = "[A-Z0-9][\\p{L}\\p{N}’'&./-]*(?:\\s+(?:of\\s+|for\\s+|and\\s+)?[A-Z][\\p{L}\\p{N}’'&./-]*)*";
const OUTLET_NOUN =
  '(?:news\\s+)?(?:website|site|portal|agency|outlet|newspaper|paper|magazine|(?:TV|television)(?:\\s+channel)?|channel|broadcaster|radio(?:\\s+station)?|publication|daily|weekly)';
const OUTLET_AFTER_NOUN = new RegExp(`\\b${OUTLET_NOUN}\\s+(${NAME})`, 'gu');
const OUTLET_AFTER_JOB = new RegExp(
  `\\b(?:reporter|journalist|correspondent|photographer|photojournalist|editor|cameram[ae]n|crew|videographer|producer|anchor|presenter|staffer|columnist)s?\\s+(?:(?:working|writing|reporting|who\\s+works|who\\s+worked)\\s+)?(?:for|from|with|at|of)\\s+(?:the\\s+)?(${NAME})`,
  'gu',
);
const OUTLET_BEFORE_NOUN = new RegExp(`(?:\\bthe\\s+)(${NAME})\\s+(?=${OUTLET_NOUN}\\b)`, 'gu');
const OUTLET_RU =
  /(?:издани\p{L}*|газет\p{L}*|телеканал\p{L}*|агентств\p{L}*|портал\p{L}*|сайт\p{L}*|радио|СМИ|журнал\p{L}*)\s+(«[^»]{1,60}»|"[^"]{1,60}"|[A-ZА-ЯЁ0-9][\p{L}\p{N}.-]*)/gu;

const ORG_HEAD =
  /\b(?:Ministry|Committees?|Commission|Council|International|Watch|Office|Agency|Court|Parliament|Government|Union|Association|Organi[sz]ation|Foundation|Cent(?:er|re)|Federation|Department|Bureau|Party|Movement|Coalition|Network|Institute|Fund|Mission|Patrols?|Assembly|Service|Front|Alliance|Initiative|Nations|OSCE|ODIHR|OHCHR|UNICEF|ICRC)\b/u;
const DOCUMENT_HEAD =
  /\b(?:Code|Principles|Convention|Covenant|Protocol|Guidelines|Declaration|Standards|Comment|Guidance|Charter|Act|Law)\b/u;
const CAP_SEQUENCE = /(?:\b[A-Z][\p{L}’'-]*|\bUN\b)(?:\s+(?:(?:of|to|for|on|the|de)\s+)*[A-Z][\p{L}’'-]*)*/gu;
const RU_ORG =
  /(?:Министерств\p{L}*|Комитет\p{L}*|Комисси\p{L}*|Прокуратур\p{L}*|Генпрокуратур\p{L}*|Парламент\p{L}*|Правительств\p{L}*|Верховн\p{L}*\s+суд\p{L}*|Совет\p{L}*|Управлени\p{L}*|Служб\p{L}*|Центр\p{L}*|Фонд\p{L}*|Ассоциаци\p{L}*|Парти\p{L}*|Движени\p{L}*|Жогорку\s+Кенеш\p{L}*)(?:\s+[а-яё][\p{L}-]+){0,3}|(?<![\p{L}])(?:МВД|ЦИК|ГКНБ|КНБ|ФСБ|ОБСЕ|ООН|МЧС|Минздрав\p{L}*)(?![\p{L}])/gu;
const NOT_NAME_WORD =
  /^(?:The|On|In|By|At|During|Since|From|After|Before|When|While|Over|Under|This|That|These|Those|Several|Many|Some|All|Most|Both|Each|Every|Other|Another|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Police|Officers?|Prime|Minister|President|Speaker|Mayor|Governor|Head|Deputy|Former|Mr|Mrs|Ms|Dr|General|Colonel|Captain|Sergeant|Officer|Journalist|Reporter|Correspondent|Activist|BACKGROUND|COVID-19|Corona-virus|Coronavirus)$/u;
const RU_SURNAME =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ову|еву|ину|ыну|овым|евым|ую|ский|ская|цкий|цкая|енко|ук|юк|ич|вич|вна|ян|дзе|швили|бек|беков|бекова|уулу|кызы|ова|ого|ой|ому|ым)$/u;
const RU_NOT_NAME =
  /^(?:В|На|По|С|Со|К|О|Об|Из|У|За|При|Это|Эти|Он|Она|Они|Как|Так|Также|После|Во|До|Президент\p{L}*|Министр\p{L}*|Журналист\p{L}*|Корреспондент\p{L}*)$/u;

function orgKind(name: string): ActorKind | null {
  if (DOCUMENT_HEAD.test(name)) return null;
  if (
    /\b(?:UN|United\s+Nations|OSCE|ODIHR|OHCHR|UNICEF|ICRC|European\s+Union|Council\s+of\s+Europe)\b|ООН|ОБСЕ/u.test(
      name,
    )
  )
    return 'international_organisation';
  if (
    /\b(?:Ministry|Commission|Parliament|Government|Court|Office|Department|Bureau|Service|Agency)\b|Министерств|Комисси|Прокуратур|Парламент|Правительств|суд|Управлени|Служб|МВД|ЦИК|ГКНБ|КНБ|ФСБ|Минздрав|МЧС|Кенеш/u.test(
      name,
    )
  )
    return 'government_body';
  if (/\b(?:Party|Movement|Front|Alliance|Patrols?|Committees)\b|Парти|Движени/u.test(name))
    return 'protest_group';
  return 'ngo';
}

const LEADING_JUNK =
  /^(?:the|The|of|to|On|In|By|At|During|Since|From|After|Before|When|While|According|\d+|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

function cleanName(raw: string): string {
  let name = raw.replace(/[.,;:]+$/u, '').trim();
  // Leading sentence words and dates are not part of a name: "By 4 March the Union of …".
  for (let w = /^(\S+)\s+/u.exec(name)?.[1]; w && LEADING_JUNK.test(w); w = /^(\S+)\s+/u.exec(name)?.[1]) {
    name = name.slice(w.length).trim();
  }
  return name;
}

// Plain (non-Unicode) copies of the patterns: same matches on Latin and Cyrillic text, several times faster.
const OUTLET_PATTERNS = [OUTLET_AFTER_NOUN, OUTLET_AFTER_JOB, OUTLET_BEFORE_NOUN, OUTLET_RU].map((re) =>
  compileLexicon(re, false),
);
const ORG_PATTERNS = [CAP_SEQUENCE, RU_ORG].map((re) => compileLexicon(re, false));
const OFFICIAL_PATTERN = compileLexicon(OFFICIAL_TITLE, false);

/** Media outlets named in a sentence. */
export function findOutlets(sentence: string): NamedMention[] {
  const out: NamedMention[] = [];
  for (const re of OUTLET_PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      let raw = m[1] ?? '';
      // A capitalised outlet word right before the name belongs to it: "TV Pirveli", "Radio Azattyk".
      const lead =
        re === OUTLET_PATTERNS[0]
          ? /(?:^|\s)((?:TV|Radio|Channel)\s+)$/u.exec(m[0].slice(0, m[0].length - raw.length))
          : null;
      if (lead?.[1]) raw = lead[1] + raw;
      const name = cleanName(raw).replace(/^[«"]|[»"]$/gu, '');
      if (!name || NOT_NAME_WORD.test(name) || ORG_HEAD.test(name)) continue;
      const start = m.index + m[0].indexOf(raw) + raw.indexOf(name.slice(0, 3));
      if (out.some((o) => o.name === name)) continue;
      out.push({
        name,
        kind: 'media_outlet',
        start,
        end: start + name.length,
        roleText: null,
        role: null,
        affiliation: null,
      });
    }
  }
  return out;
}

/** Organisations, state bodies and officials (by title) named in a sentence. */
export function findOrganisations(sentence: string): NamedMention[] {
  const out: NamedMention[] = [];
  const overlaps = (s: number, e: number) => out.some((o) => s < o.end && e > o.start);
  for (const m of sentence.matchAll(OFFICIAL_PATTERN)) {
    if (/^\s*['’]s\b/u.test(sentence.slice(m.index + m[0].length))) continue; // "the President's office" is a place
    const name = cleanName(m[0]);
    const start = m.index + m[0].indexOf(name);
    out.push({
      name,
      kind: 'official',
      start,
      end: start + name.length,
      roleText: name,
      role: 'official',
      affiliation: null,
    });
    // "head of the Central Electoral Commission": the body is an actor too.
    const body = /\bof\s+the\s+(.+)$/u.exec(name);
    if (body?.[1] && ORG_HEAD.test(body[1])) {
      const bodyStart = start + name.lastIndexOf(body[1]);
      out.push({
        name: body[1],
        kind: orgKind(body[1]) ?? 'other',
        start: bodyStart,
        end: bodyStart + body[1].length,
        roleText: null,
        role: null,
        affiliation: null,
      });
    }
  }
  for (const re of ORG_PATTERNS) {
    for (const m of sentence.matchAll(re)) {
      let raw = m[0];
      if (re === ORG_PATTERNS[0] && !ORG_HEAD.test(raw) && !DOCUMENT_HEAD.test(raw)) continue;
      const paren = /^\s*\([^)]{2,80}\)/u.exec(sentence.slice(m.index + raw.length));
      if (paren) raw += paren[0];
      const name = cleanName(raw.replace(/\s+and\s+[A-Z].*$/u, (tail) => (ORG_HEAD.test(tail) ? tail : '')));
      const start = m.index + raw.indexOf(name);
      if (overlaps(start, start + name.length)) continue;
      const kind = orgKind(name);
      // Documents (codes, principles) are kept as masks so their words are not read as names, but not as actors.
      out.push({
        name,
        kind: kind ?? 'other',
        start,
        end: start + name.length,
        roleText: kind ? null : 'document',
        role: null,
        affiliation: null,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function apposition(sentence: string, end: number): string | null {
  const m =
    /^,\s+((?:a|an|the|who\s+is|one\s+of)\s+[^,;()]{3,120}?)(?=,|;|\.(?:\s|$)|$|\s+(?:who|while|when)\b)/u.exec(
      sentence.slice(end),
    );
  if (m?.[1]) return m[1];
  const ru =
    /^,\s+((?:журналист|корреспондент|фотограф|оператор|редактор|активист|блогер|правозащитник|сотрудник|бывш)\p{L}*[^,;()]{0,100}?)(?=,|;|\.(?:\s|$)|$)/u.exec(
      sentence.slice(end),
    );
  return ru?.[1] ?? null;
}

function roleBefore(sentence: string, start: number): string | null {
  const m =
    /(?:\b(?:journalist|reporter|correspondent|photographer|activist|protester|blogger|lawyer|medic|doctor|President|Prime\s+Minister|Minister|former\s+President)|(?:журналист|корреспондент|фотограф|оператор|редактор|активист|блогер|правозащитник|президент|министр)\p{L}*(?:\s+(?:телеканал|издани|газет|агентств|портал|сайт|радио)\p{L}*\s+«[^»]{1,60}»)?)\s+$/iu.exec(
      sentence.slice(Math.max(0, start - 90), start),
    );
  return m ? m[0].trim() : null;
}

/** Persons named in a sentence (outside the given masked spans), with role and affiliation when stated. */
export function findPersons(
  sentence: string,
  lang: 'en' | 'ru' | 'und',
  masks: readonly { start: number; end: number }[],
): NamedMention[] {
  const masked = (s: number, e: number) => masks.some((m) => s < m.end && e > m.start);
  const candidates: { start: number; end: number }[] = [];
  const latin =
    /\b[A-Z][\p{Ll}’'-]+(?:\s+(?:(?:al|el|bin|ibn|van|von|de|da|du|ul)[\s-])?[A-Z][\p{Ll}’'-]+){1,3}/gu;
  const cyrillic = /[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+){1,2}/gu;
  if (lang !== 'ru') {
    const hits = [...sentence.matchAll(latin)];
    // wink runs only when a capitalised sequence survives the cheap word tests and the masks.
    let tokens: ReturnType<typeof tagTokens> | null = null;
    for (const m of hits) {
      let words = m[0].split(/\s+/u);
      let start = m.index;
      while (words.length && NOT_NAME_WORD.test(words[0] ?? '')) {
        start = sentence.indexOf(words[1] ?? '', start + (words[0]?.length ?? 0));
        words = words.slice(1);
      }
      if (
        words.length < 2 ||
        words.some((w) => NOT_NAME_WORD.test(w) || ORG_HEAD.test(w) || DOCUMENT_HEAD.test(w))
      )
        continue;
      const end = m.index + m[0].length;
      if (masked(start, end)) continue;
      tokens ??= tagTokens(sentence);
      const inside = tokens.filter((t) => t.start >= start && t.end <= end);
      if (
        inside.some((t) => ['VERB', 'AUX', 'DET', 'PRON', 'ADP', 'ADV'].includes(t.pos)) ||
        !inside.some((t) => t.pos === 'PROPN')
      )
        continue;
      if (/[“"«]\s*$/u.test(sentence.slice(Math.max(0, start - 2), start))) continue; // quoted names are titles or places
      candidates.push({ start, end });
    }
  }
  for (const m of sentence.matchAll(cyrillic)) {
    let words = m[0].split(/\s+/u);
    let start = m.index;
    while (words.length && RU_NOT_NAME.test(words[0] ?? '')) {
      start = sentence.indexOf(words[1] ?? '', start + (words[0]?.length ?? 0));
      words = words.slice(1);
    }
    if (words.length < 2 || !words.some((w) => RU_SURNAME.test(w))) continue;
    candidates.push({ start, end: m.index + m[0].length });
  }
  const out: NamedMention[] = [];
  for (const c of candidates) {
    if (masked(c.start, c.end)) continue;
    const name = sentence.slice(c.start, c.end);
    const roleText = apposition(sentence, c.end) ?? roleBefore(sentence, c.start);
    const affiliation = roleText
      ? (findOutlets(roleText)[0]?.name ??
        findOrganisations(roleText).find((o) => o.kind !== 'official' && o.roleText !== 'document')?.name ??
        null)
      : null;
    out.push({
      name,
      kind: 'person',
      start: c.start,
      end: c.end,
      roleText,
      role: roleText ? roleOf(roleText) : null,
      affiliation,
    });
  }
  return out;
}
