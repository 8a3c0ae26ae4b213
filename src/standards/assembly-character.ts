/**
 * The character of an assembly (GC37 ¶15–20), which the dispersal and wide-area weapon rules read.
 * Assemblies are presumed peaceful; only widespread, serious violence by participants changes that.
 * Violence by police, provocateurs or counter-demonstrators never makes an assembly non-peaceful.
 */
import type { FactName, IncidentFacts } from './facts.js';

export type AssemblyCharacterValue = 'peaceful' | 'isolated_violence' | 'widespread_violence';

export interface AssemblyCharacter {
  value: AssemblyCharacterValue;
  /** True when the value rests on the presumption of peacefulness, not on established facts. */
  presumed: boolean;
  explanation: string;
  paragraphs: string[];
  /** Facts that would turn the presumption into an established character. */
  missing_facts: FactName[];
}

const PARAGRAPHS = ['GC37 ¶15–20'];

const character = (
  value: AssemblyCharacterValue,
  presumed: boolean,
  explanation: string,
  missing: FactName[] = [],
): AssemblyCharacter => ({ value, presumed, explanation, paragraphs: PARAGRAPHS, missing_facts: missing });

/** Derives the assembly's character from the incident's facts, presuming peacefulness when unknown. */
export function deriveAssemblyCharacter(incident: IncidentFacts): AssemblyCharacter {
  const { participant_violence: violence, violent_parties: parties, reported_character: reported } = incident;
  const byParticipants = parties.includes('participants');

  switch (violence) {
    case 'none':
      return character('peaceful', false, 'The participants were not violent, so the assembly was peaceful.');
    case 'isolated':
      return character(
        byParticipants || parties.length === 0 ? 'isolated_violence' : 'peaceful',
        false,
        'There were only isolated acts of violence. Under the UN Human Rights Committee (General Comment 37, paragraphs 15–20) isolated violence does not make an assembly as a whole non-peaceful.',
      );
    case 'widespread':
      if (byParticipants)
        return character(
          'widespread_violence',
          false,
          'Participants were violent on a widespread and serious scale, so the assembly is no longer considered peaceful.',
        );
      if (parties.length === 0)
        return character(
          'peaceful',
          true,
          'There was widespread violence, but it is not known who committed it. Violence by police, provocateurs or counter-demonstrators does not make an assembly non-peaceful, so it is still presumed peaceful.',
          ['violent_parties'],
        );
      return character(
        'peaceful',
        false,
        'The widespread violence came from others (police, provocateurs or counter-demonstrators), not from the participants; that does not make the assembly non-peaceful.',
      );
    case 'unknown':
      return character(
        'peaceful',
        true,
        presumptionText(reported),
        reported === 'violent' ? ['participant_violence', 'violent_parties'] : ['participant_violence'],
      );
  }
}

function presumptionText(reported: IncidentFacts['reported_character']): string {
  const rule =
    'Assemblies are presumed peaceful unless participants commit widespread, serious violence (General Comment 37, paragraphs 15–20).';
  switch (reported) {
    case 'mostly_peaceful':
      return `The sources describe the assembly as mostly peaceful, so isolated violence cannot be ruled out. ${rule}`;
    case 'peaceful':
      return `The sources describe the assembly as peaceful, but the extent of any violence is not established. ${rule}`;
    case 'violent':
      return `The sources call the assembly violent, but do not establish how widespread the violence was or who committed it. ${rule}`;
    case 'unknown':
      return `Nothing is known about violence at the assembly. ${rule}`;
  }
}
