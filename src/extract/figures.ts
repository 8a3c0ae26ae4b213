/**
 * Reported numbers as their own proposals: "hospitals had treated 686 people", "had recorded six incidents",
 * "reached 245 on 8 October up from 53 cases on 13 September", with what is counted, when, who says so, and the
 * footnote that sources the sentence.
 */
import type { SentenceAnalysis } from './analysis.js';
import type { DateMention } from './dates.js';
import { lexiconFinder } from './fast-regex.js';
import type { Figure } from './types.js';

const COUNT_NOUN =
  /^(?:people|persons?|protest(?:e|o)rs?|demonstrators?|journalists?|reporters?|cases?|incidents?|attacks?|victims?|detainees?|casualties|deaths?|patients?|individuals?|civilians?|officers?|policemen|men|women|children|students?|injured|wounded|dead|killed|arrests?|detentions?|complaints?|violations?|activists?|observers?|medics?|человек\p{L}*|люд\p{L}*|задержанн\p{L}*|пострадавш\p{L}*|раненых|раненых|погибш\p{L}*|журналист\p{L}*|случа\p{L}*|протестующ\p{L}*|участник\p{L}*|активист\p{L}*|жертв\p{L}*|обращени\p{L}*|нападени\p{L}*)$/iu;
const PERSON_GENERIC = /^(?:people|persons?|men|women|individuals?|человек|люд\p{L}*)$/iu;
const CASUALTY_VERB =
  /\b(?:gathered|marched|took\s+part|participated|rallied|died|killed|killing|dead|injured|injuring|wounded|wounding|hurt|treated|hospitali[sz]ed|detained|arrested|recorded|reported|documented|registered)\b|погиб\p{L}*|ранен\p{L}*|пострада\p{L}*|задержа\p{L}*|госпитализир\p{L}*|обратил\p{L}*|собрал\p{L}*|участвовал\p{L}*|вышл\p{L}*/iu;
const TIME_UNIT =
  /^\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|year-old|per\s+cent|лет|год\p{L}*|месяц\p{L}*|недел\p{L}*|дн\p{L}*|час\p{L}*|минут\p{L}*|сут\p{L}*)\b/iu;
const ATTACKER_ADJ = /^\s*(?:unidentified|unknown|masked|armed|plain[\s-]?clothe[sd]|неизвестн\p{L}*)\b/iu;
const STOP =
  /^(?:on|in|at|by|since|and|but|who|which|that|were|was|had|have|has|as|after|before|during|up|from|to|while|when|with|в|на|и|а|но|с|по|из|к|которые|который)$/iu;
const REPORTER =
  /\b(?:reported|recorded|documented|counted|said|announced|stated|registered|according\s+to)\b|сообщил\p{L}*|по\s+данным|заявил\p{L}*|зафиксировал\p{L}*/iu;

const MEASURES: ['killed' | 'injured' | 'detained', RegExp][] = [
  [
    'killed',
    /\b(?:died|killed|killing|dead|deaths?|shot\s+dead)\b|погиб\p{L}*|умер\p{L}*|убит\p{L}*|скончал\p{L}*/iu,
  ],
  [
    'injured',
    /\b(?:injur\p{L}*|wounded|wounding|hurt|treated|hospitali[sz]ed)\b|ранен\p{L}*|ранены|пострада\p{L}*|госпитализир\p{L}*|травм\p{L}*|медицинск\p{L}*\s+помощ\p{L}*/iu,
  ],
  ['detained', /\b(?:detained|arrested|detentions?|arrests?)\b|задержа\p{L}*|арестова\p{L}*/iu],
];

function describe(text: string, from: number): { what: string; head: string } {
  const words = text.slice(from).split(/\s+/u).filter(Boolean);
  const kept: string[] = [];
  for (const w of words) {
    const bare = w.replace(/[.,;:()"“”«»]+$/u, '');
    if ((STOP.test(bare) || w.startsWith('(')) && kept.length) break;
    kept.push(bare);
    if (bare !== w || kept.length >= 8) break;
  }
  const head = kept.find((w) => COUNT_NOUN.test(w)) ?? '';
  return { what: kept.join(' '), head };
}

const findReporter = lexiconFinder(REPORTER);

/** Figures stated in one sentence; `contextDate` is the date in force in the paragraph. */
export function figuresIn(
  a: SentenceAnalysis,
  contextDate: DateMention | null,
  footnoteUrl: (n: number) => string | null,
): Figure[] {
  const out: Figure[] = [];
  const text = a.text;
  if (a.numbers.length === 0) return out;
  const numberOf =
    /\b(?:the\s+)?number\s+of\s+([^,;]+?)\s+(?:is|was|has|had|have|reached|rose|stood|stands|increased|fell|currently)\b|количеств\p{L}*\s+([^,;]+?)\s+(?:составил\p{L}*|достигл\p{L}*|вырос\p{L}*)/iu.exec(
      text,
    );
  for (const n of a.numbers) {
    if (a.dates.some((d) => n.start < d.end && n.end > d.start)) continue;
    if (/[\p{L}]-$/u.test(text.slice(Math.max(0, n.start - 2), n.start))) continue; // COVID-19
    if (/^\d{4}$/u.test(n.text) && n.value >= 1900 && n.value <= 2100) continue;
    if (/https?:\/\/\S*$/u.test(text.slice(Math.max(0, n.start - 80), n.start))) continue;
    const after = text.slice(n.end);
    if (TIME_UNIT.test(after) || ATTACKER_ADJ.test(after)) continue;
    const { what, head } = describe(text, n.end);
    let label = what;
    const casualtyBefore =
      /\b(?:injuring|killing|wounding|injured|killed|wounded|detaining|arresting)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|almost\s+)?$/iu.exec(
        text.slice(Math.max(0, n.start - 30), n.start),
      );
    if (!head && casualtyBefore) {
      // "injuring at least 53 of them": the verb says what is counted.
      label = `${casualtyBefore[0].trim().split(/\s+/u)[0] ?? ''} ${what}`.trim();
    } else if (!head) {
      // "reached 245 on 8 October": the counted thing is the subject of "the number of …".
      if (!numberOf || n.start < numberOf.index) continue;
      label = (numberOf[1] ?? numberOf[2] ?? '').trim();
    } else if (numberOf && numberOf[1]?.includes(head)) {
      label = numberOf[1].trim();
    } else {
      const clause = text.slice(Math.max(0, n.start - 40), Math.min(text.length, n.end + 60));
      if (PERSON_GENERIC.test(head) && !CASUALTY_VERB.test(clause) && !(numberOf && n.start > numberOf.index))
        continue;
      const verbBefore =
        /\b(treated|killed|injured|wounded|detained|arrested|hospitali[sz]ed|recorded|documented)\s+$/iu.exec(
          text.slice(Math.max(0, n.start - 25), n.start - (n.text === text.slice(n.start, n.end) ? 0 : 0)),
        );
      const verbAfter =
        /^\s+(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?(died|killed|injured|wounded|detained|arrested|hospitali[sz]ed|dead)\b/iu.exec(
          after.slice(what.length),
        );
      if (verbBefore?.[1]) label = `${label} (${verbBefore[1]})`;
      else if (verbAfter?.[1]) label = `${label} ${verbAfter[1]}`;
    }
    // "53 cases on 13 September": a date right after the number (no other number between) is the figure's own.
    const own =
      a.dates.find(
        (d) =>
          d.start >= n.end &&
          d.start - n.end <= 24 &&
          d.lead === 'on' &&
          !a.numbers.some((m) => m.start > n.end && m.start < d.start),
      ) ?? null;
    const date = own ?? a.primaryDate ?? contextDate;
    const found = findReporter(text);
    // A reporter speaks for the clause it is in: in "One protester died, and the Ministry of Health reported
    // that hospitals treated 686", the ministry reported the 686, not the death.
    const reporterMatch =
      found &&
      !/;|,\s*(?:and|but|while|whereas)\s/iu.test(
        text.slice(Math.min(n.end, found.index), Math.max(n.start, found.index)),
      )
        ? found
        : undefined;
    const reporter = reporterMatch
      ? [...a.organisations.filter((o) => o.roleText !== 'document'), ...a.outlets]
          .filter((o) =>
            reporterMatch.index > o.start
              ? reporterMatch.index - o.end < 40
              : /according\s+to|по\s+данным/iu.test(reporterMatch.text) && o.start - reporterMatch.index < 30,
          )
          .sort((x, y) => Math.abs(reporterMatch.index - x.end) - Math.abs(reporterMatch.index - y.end))[0]
      : undefined;
    const footnote = a.sentence.footnotes[0] ?? null;
    const clause = `${
      text
        .slice(Math.max(0, n.start - 40), n.start)
        .split(/[,;(]/u)
        .pop() ?? ''
    } ${text.slice(n.end, n.end + 50).split(/[,;(]|\band\b/u)[0] ?? ''}`;
    out.push({
      what: label,
      measure: MEASURES.find(([, re]) => re.test(clause))?.[0] ?? null,
      value: n.value,
      qualifier: n.qualifier,
      date: date?.date_end ?? date?.date_start ?? null,
      place: a.places[0]?.place.name ?? null,
      reported_by: reporter?.name ?? null,
      quote: text,
      span: [a.sentence.start, a.sentence.end],
      footnote,
      url: footnote !== null ? footnoteUrl(footnote) : null,
    });
  }
  return out;
}
