import { participantCodes } from '../../../../shared/anonymity/codes.ts';
import type { AuditFile } from '../../../../shared/audit-file/schema.ts';

/** One participant as the report shows them. */
export type Person = {
  readonly id: string;
  /** The name, or the code when the report is anonymous. */
  readonly label: string;
  /** Short column heading for the appendix: the participant's code, else P1, P2… */
  readonly code: string;
  /** Null when the report is anonymous: a role such as CEO would name the person. */
  readonly role: string | null;
  /** Null when the report is anonymous. */
  readonly name: string | null;
};

/** Participants in file order and how to show each one. */
export type People = {
  readonly all: readonly Person[];
  readonly byId: ReadonlyMap<string, Person>;
};

/**
 * Builds the participants' labels: names, or codes (shared/anonymity/codes.ts) when anonymous.
 * Names in typed text are replaced before the report is laid out (render-report.ts), never here.
 */
export function peopleOf(file: AuditFile, anonymous: boolean): People {
  const codes = participantCodes(file.participants);
  const all = file.participants.map((p, i): Person => {
    const code = codes[i] ?? `P${i + 1}`;
    return {
      id: p.id,
      code,
      label: anonymous ? code : p.name,
      role: anonymous ? null : (p.role ?? null),
      name: anonymous ? null : p.name,
    };
  });
  return { all, byId: new Map(all.map((p) => [p.id, p])) };
}
