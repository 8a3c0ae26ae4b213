/** The `dalil` command line: every command calls the same services as the HTTP API. */
import { Command } from 'commander';
import { registerAccountCommands } from './commands/account.command.js';
import { registerActorCommands } from './commands/actor.command.js';
import { registerAllegationCommands } from './commands/allegation.command.js';
import { registerAssessCommands } from './commands/assess.command.js';
import { registerCaseCommands } from './commands/case.command.js';
import { registerEvidenceCommands } from './commands/evidence.command.js';
import { registerCorroborationCommands } from './commands/corroboration.command.js';
import { registerFigureCommands } from './commands/figure.command.js';
import { registerIncidentCommands } from './commands/incident.command.js';
import { registerIngestCommands } from './commands/ingest.command.js';
import { registerPublishCommands } from './commands/publish.command.js';
import { registerRecordCommands } from './commands/record.command.js';
import { registerServerCommands } from './commands/server.command.js';
import { registerSourceCommands } from './commands/source.command.js';

export function buildProgram(): Command {
  const program = new Command('dalil')
    .description('Dalil: document human rights violations and hold someone to account for them')
    .option(
      '--data <dir>',
      'PGlite data folder (default: DALIL_DATA or ./data; DATABASE_URL selects a PostgreSQL server)',
    )
    .option('--json', 'print JSON (for scripts)')
    .showHelpAfterError()
    .exitOverride();
  registerServerCommands(program);
  registerAccountCommands(program);
  registerCaseCommands(program);
  registerIncidentCommands(program);
  registerAllegationCommands(program);
  registerAssessCommands(program);
  registerActorCommands(program);
  registerSourceCommands(program);
  registerFigureCommands(program);
  registerCorroborationCommands(program);
  registerRecordCommands(program);
  registerIngestCommands(program);
  registerEvidenceCommands(program);
  registerPublishCommands(program);
  return program;
}
