import type { Participant } from '../../../shared/api/models.ts';

/** A participant as the screen shows them: only the anonymous code in presentation mode. */
export function displayName(participant: Participant, presentation: boolean): string {
  return presentation ? participant.code : participant.name;
}
