/**
 * `dalil assess INCIDENT | --case CASE`: every act against the UN standards, with the paragraph cited and
 * the missing facts named; `dalil assess review ID`: confirm or override one finding with a reason.
 */
import type { Command } from 'commander';
import type { ActAssessmentResult, StoredFinding } from '../../assessments/assessment.schema.js';
import {
  assessCase,
  assessIncident,
  reviewFinding,
  summariseCase,
} from '../../assessments/assessment.service.js';
import { AppError } from '../../shared/errors.js';
import { intOption, withContext } from '../app-context.js';
import { printJson, printRecord } from '../output.js';

type Opts = Record<string, string | undefined>;

/** One object per finding: what scripts read from `dalil assess --json`. */
export function findingRows(results: readonly ActAssessmentResult[]) {
  return results.flatMap((r) =>
    r.findings.map((f) => ({
      id: f.id,
      incident: r.incident.id,
      act: r.act.id,
      rule: f.rule,
      instrument: f.instrument,
      paragraphs: f.paragraphs,
      finding: f.finding,
      explanation: f.explanation,
      missing_facts: f.missing_facts,
      reviewed_finding: f.reviewed_finding,
      review_reason: f.review_reason,
      version: f.version,
    })),
  );
}

const reviewNote = (f: StoredFinding) =>
  f.reviewed_finding === null
    ? ''
    : f.reviewed_finding === f.finding
      ? ' [confirmed]'
      : ` [overridden: ${f.reviewed_finding}${f.review_reason ? ` — ${f.review_reason}` : ''}]`;

function printResults(results: readonly ActAssessmentResult[]): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (results.length === 0) out('(no acts to assess)');
  let incident = '';
  for (const r of results) {
    if (r.incident.id !== incident) {
      incident = r.incident.id;
      out(`\n${r.incident.title}  (${r.incident.id})`);
    }
    out(
      `  act ${r.act.id}: ${r.act.perpetratorLabel ?? '?'} → ${r.act.victimLabel ?? '?'} (${r.act.actType})`,
    );
    if (r.findings.length === 0) out('    no standard applies on the recorded facts');
    for (const f of r.findings) {
      out(`    ${f.finding.padEnd(28)} ${f.paragraphs.join('; ')}  [${f.rule}]${reviewNote(f)}`);
      out(`      ${f.explanation}`);
      out(`      assessment ${f.id} (version ${f.version})`);
    }
    if (r.missingFacts.length > 0) out(`    missing facts: ${r.missingFacts.join(', ')}`);
    // The first assessment of an act adds every finding: only later changes are worth a line.
    const firstTime =
      r.diff.changes.length === r.findings.length && r.diff.changes.every((c) => c.change === 'added');
    if (!firstTime)
      for (const c of r.diff.changes)
        out(`    changed: ${c.rule} ${c.change} (${c.before?.finding ?? '—'} → ${c.after?.finding ?? '—'})`);
  }
}

export function registerAssessCommands(program: Command): void {
  const assess = program
    .command('assess')
    .description('assess acts against the UN standards (an incident, or a whole case with --case)')
    .argument('[incident]', 'incident id')
    .option('--case <case>', 'case slug or id: assess every act of the case')
    .action(async (incident: string | undefined, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        if (!incident === !o.case)
          throw new AppError('validation_failed', 'give an incident id or --case, not both', 'incident');
        const results = o.case ? await assessCase(ctx, o.case) : await assessIncident(ctx, incident!);
        if (g.json) return printJson(findingRows(results));
        printResults(results);
        if (o.case)
          process.stdout.write(`\nSummary: ${(await summariseCase(ctx, o.case)).text || '(no findings)'}\n`);
      }),
    );
  assess
    .command('review <assessmentId>')
    .description('confirm a finding, or override it with a written reason (both are kept)')
    .requiredOption('--finding <finding>', 'confirmed, or the finding you conclude (e.g. violation)')
    .option('--reason <text>', 'why; required for an override')
    .requiredOption('--version <n>', 'the version of the finding you reviewed')
    .action(async (assessmentId: string, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const reviewed = await reviewFinding(ctx, assessmentId, {
          finding: o.finding,
          ...(o.reason !== undefined && { reason: o.reason }),
          version: intOption(o.version, '--version'),
        });
        if (g.json) return printJson(reviewed);
        printRecord({
          id: reviewed.id,
          rule: reviewed.rule,
          finding: reviewed.finding,
          reviewed_finding: reviewed.reviewed_finding,
          review_reason: reviewed.review_reason,
          version: reviewed.version,
        });
      }),
    );
}
