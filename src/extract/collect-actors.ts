/** The document's actor list: named persons, organisations, outlets and officials, plus incident perpetrators. */
import type { SentenceAnalysis } from './analysis.js';
import type { Actor, ExtractedIncident } from './types.js';

/** Distinct actors of the analysed sentences, first mention first. */
export function collectActors(analyses: SentenceAnalysis[], incidents: ExtractedIncident[]): Actor[] {
  const out: Actor[] = [];
  const seen = new Set<string>();
  const add = (actor: Actor) => {
    const key = actor.name.toLowerCase().replace(/\s+/gu, ' ');
    if (seen.has(key)) return;
    seen.add(key);
    out.push(actor);
  };
  for (const a of analyses) {
    const span: [number, number] = [a.sentence.start, a.sentence.end];
    const quote = a.text;
    for (const o of [...a.organisations, ...a.outlets, ...a.persons].sort((x, y) => x.start - y.start)) {
      if (o.roleText === 'document') continue;
      const actor: Actor = { name: o.name.replace(/\s+/gu, ' '), kind: o.kind, quote, span };
      if (o.kind === 'person' && o.roleText) actor.role = o.roleText.replace(/\s+/gu, ' ');
      if (o.affiliation) actor.affiliation = o.affiliation;
      add(actor);
    }
  }
  for (const i of incidents) {
    if (i.perpetrator)
      add({
        name: i.perpetrator.label.replace(/\s+/gu, ' '),
        kind: i.perpetrator.kind,
        quote: i.quote,
        span: i.span,
      });
  }
  return out;
}
