/**
 * extract(text): proposals of incidents, figures, actors and footnotes from a report, each tied to the sentence
 * it came from. Pure and deterministic: no clock, no I/O (the gazetteer and wink model are imported data).
 */
import { capitalOf } from '../places/gazetteer.js';
import { analyseSentence, type SentenceAnalysis } from './analysis.js';
import { collectActors } from './collect-actors.js';
import { countriesIn } from './countries.js';
import { type DateMention, statedYears, timeOfDay } from './dates.js';
import { readEvent } from './events.js';
import { statedFacts } from './facts.js';
import { figuresIn } from './figures.js';
import { inlineUrls, parseFootnoteDefinitions, yearFromUrls } from './footnotes.js';
import { type Draft, mergeDuplicates, toIncident } from './incident-draft.js';
import { lexiconTester } from './fast-regex.js';
import { segment } from './segment.js';
import type { Extraction, ExtractLanguage, ExtractOptions, ExtractWarning, Figure } from './types.js';

/** 'ru' when Cyrillic letters dominate, 'en' when Latin do, else 'und'. */
export function detectLanguage(text: string): ExtractLanguage {
  const cyr = (text.match(/[а-яё]/giu) ?? []).length;
  const lat = (text.match(/[a-z]/giu) ?? []).length;
  if (cyr + lat < 20) return 'und';
  return cyr > lat ? 'ru' : 'en';
}

const CASUALTY =
  /\b(?:died|killed|dead|injured|wounded|treated|hospitali[sz]ed)\b|погиб\p{L}*|умер\p{L}*|ранен\p{L}*|пострадал\p{L}*|госпитализир\p{L}*|медицинск\p{L}*\s+помощ\p{L}*/iu;
const REPORTED_THAT =
  /\b(?:expressed\s+concern|reported|said|stated|told|claimed|alleged|announced)\b[^.;]{0,40}\bthat\b|сообщил\p{L}*|заявил\p{L}*/iu;
const BUILDING_OF_STATE =
  /\b(?:parliament|white\s+house|presiden\p{L}*\s+(?:office|administration|palace)|government\s+(?:building|house)|television\s+station)\b|парламент\p{L}*|Бел\p{L}*\s+дом\p{L}*/iu;

const isCasualty = lexiconTester(CASUALTY);
/** Habits and history, not events: "over the years police have used…". */
const isHabitual = lexiconTester(
  /\b(?:over\s+the\s+years|often|regularly|routinely|repeatedly|frequently|usually|in\s+the\s+past|have\s+long|tend\s+to)\b|(?<![\p{L}])(?:часто|регулярно|неоднократно|обычно|систематически)(?![\p{L}])/iu,
);

/** Extracts proposals from a report's plain text. */
export function extract(text: string, opts: ExtractOptions = {}): Extraction {
  const language = opts.language ?? detectLanguage(text);
  const lang = language;
  const published = opts.publishedAt ? opts.publishedAt.slice(0, 10) : null;
  const warnings: ExtractWarning[] = [];
  const { footnotes, lineSpans } = parseFootnoteDefinitions(text);
  const known = new Set(footnotes.map((f) => f.n));
  const { title, sentences } = segment(text, lineSpans, known);

  const urls = [...footnotes.map((f) => f.url), ...inlineUrls(text)];
  const stated = statedYears(text)[0];
  const fromUrl = yearFromUrls(urls);
  const referenceYear = stated ?? (published ? Number(published.slice(0, 4)) : fromUrl);
  const referenceYearSource = stated ? 'text' : published ? 'published' : fromUrl ? 'footnote_url' : null;
  if (referenceYear === null)
    warnings.push({
      code: 'no_reference_year',
      message: 'No year in the text, no publication date and no dated URL: day-month dates stay unresolved.',
      span: null,
    });
  let country = countriesIn(text)[0]?.code ?? null;
  const ctx = { referenceYear, publishedAt: published };

  const footnoteUrl = (n: number) => footnotes.find((f) => f.n === n)?.url ?? null;
  const drafts: Draft[] = [];
  const figures: Figure[] = [];
  const analyses: SentenceAnalysis[] = [];
  let paragraph = -1;
  let contextDate: DateMention | null = null;
  let current: Draft | null = null;

  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      current = null;
    }
    const a = analyseSentence(sentence, ctx, lang, country);
    analyses.push(a);
    for (const d of a.dates) {
      if (d.relative && d.date_start === null) {
        warnings.push({
          code: 'relative_date_unresolved',
          message: `"${d.text}" needs a publication date to resolve.`,
          span: [sentence.start + d.start, sentence.start + d.end],
        });
      }
    }
    if (!a.norm) figures.push(...figuresIn(a, a.primaryDate ?? contextDate, footnoteUrl));
    const explicit = a.primaryDate;
    const reading = readEvent(a);
    const sameParagraphDraft = current && current.paragraph === sentence.paragraph ? current : null;

    // Same event told on, without a new date or actor ("X, a reporter, was beaten and later died."): fold it in.
    const sameEventTold =
      reading &&
      sameParagraphDraft &&
      !explicit &&
      !reading.perpetrator &&
      reading.type === sameParagraphDraft.reading.type;
    if (sameEventTold && sameParagraphDraft) {
      sameParagraphDraft.extra.push(a);
      for (const v of reading.victims)
        if (!sameParagraphDraft.reading.victims.some((w) => w.label === v.label))
          sameParagraphDraft.reading.victims.push(v);
      continue;
    }
    if (reading && !(a.continuation && sameParagraphDraft && !explicit)) {
      const hasEvidence =
        explicit !== null ||
        reading.perpetrator !== null ||
        a.methods.length > 0 ||
        reading.type === 'political_development';
      const undatedButClear =
        !explicit &&
        !contextDate &&
        reading.perpetrator !== null &&
        (a.methods.length > 0 || reading.victims.length > 0) &&
        !isHabitual(a.text);
      if (undatedButClear) {
        warnings.push({
          code: 'incident_without_date',
          message: 'An event is reported without any date in or before it.',
          span: [sentence.start, sentence.end],
        });
      }
      if (hasEvidence && (explicit || contextDate || undatedButClear)) {
        const date = explicit ?? contextDate;
        const reportedThat = REPORTED_THAT.exec(a.text);
        const isReport =
          reportedThat !== null &&
          reading.type !== 'political_development' &&
          explicit !== null &&
          reportedThat.index < (a.methods[0]?.start ?? a.text.length);
        const reporter = isReport ? a.organisations.find((o) => o.start < reportedThat.index) : undefined;
        current = {
          paragraph: sentence.paragraph,
          main: a,
          extra: [],
          reading,
          date,
          inheritedDate: !explicit,
          reported: isReport,
          reportedBy: reporter?.name ?? null,
          killed: null,
          injured: null,
        };
        // Casualties stated in the event sentence itself ("…, injuring at least 53 of them").
        for (const f of figuresIn(a, null, footnoteUrl)) {
          if (f.measure === 'killed') current.killed = (current.killed ?? 0) + f.value;
          if (f.measure === 'injured') current.injured = (current.injured ?? 0) + f.value;
        }
        drafts.push(current);
        if (explicit) contextDate = explicit;
        continue;
      }
    }
    if (explicit && explicit.precision !== 'month') contextDate = explicit;
    if (!sameParagraphDraft || a.norm) continue;
    // A sentence without its own event: continuation (methods), or casualty count for the incident before it.
    if (a.continuation || a.methods.length > 0) {
      if (!explicit || explicit.date_start === sameParagraphDraft.date?.date_start)
        sameParagraphDraft.extra.push(a);
    } else if (!explicit && isCasualty(a.text)) {
      sameParagraphDraft.extra.push(a);
      const own = figuresIn(a, null, footnoteUrl);
      for (const f of own) {
        if (f.measure === 'killed') sameParagraphDraft.killed = (sameParagraphDraft.killed ?? 0) + f.value;
        if (f.measure === 'injured') sameParagraphDraft.injured = (sameParagraphDraft.injured ?? 0) + f.value;
      }
    }
  }

  // No country named: the country of most of the places named.
  if (!country) {
    const counts = new Map<string, number>();
    for (const a of analyses)
      for (const p of a.places) counts.set(p.place.country, (counts.get(p.place.country) ?? 0) + 1);
    country = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  }
  const capital = country ? capitalOf(country) : null;
  const incidents = mergeDuplicates(drafts).map((d) => {
    const incident = toIncident(d, text, footnoteUrl, inlineUrls);
    if (
      !incident.city &&
      capital &&
      BUILDING_OF_STATE.test(d.main.text) &&
      incident.event_type === 'seizure_of_building'
    ) {
      Object.assign(incident, {
        city: capital.name,
        cities: [capital.name],
        place_id: capital.id,
        country: capital.country,
        latitude: capital.latitude,
        longitude: capital.longitude,
      });
    }
    incident.country ??= country;
    // "a protester died": one death, though no number is written.
    if (
      incident.event_type === 'death_in_unclear_circumstances' &&
      incident.killed === null &&
      /\b(?:an?|one)\s+(?:\p{L}+\s+)?(?:protest\p{L}*|man|woman|person|demonstrator|journalist|student|boy|girl)\s+(?:died|was\s+killed)\b/iu.test(
        d.main.text,
      )
    ) {
      incident.killed = 1;
    }
    if (incident.date_precision === 'unknown' && d.date?.relative) incident.date_precision = 'unknown';
    incident.time_of_day ??= d.inheritedDate ? null : timeOfDay(d.main.text);
    incident.facts = statedFacts({
      texts: [d.main.text, ...d.extra.map((x) => x.text)],
      methods: incident.methods,
      perpetrator: incident.perpetrator,
      victims: incident.victims,
      killed: incident.killed,
    });
    return incident;
  });
  if (incidents.length === 0)
    warnings.push({ code: 'no_incidents', message: 'No sentence reports a datable event.', span: null });

  return {
    document: {
      language,
      published,
      reference_year: referenceYear,
      reference_year_source: referenceYearSource,
      title,
      country,
      file_name: opts.fileName ?? null,
    },
    incidents,
    figures,
    footnotes,
    actors: collectActors(analyses, incidents),
    warnings,
  };
}
