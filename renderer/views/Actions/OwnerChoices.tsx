import type { Participant } from '../../../shared/api/models.ts';

/** The id of the one list of owner suggestions that every owner field of the plan offers. */
export const OWNER_CHOICES = 'owner-choices';

/**
 * Owners to pick from: the participants (by name, their role beside it), then the roles the
 * recommendations suggest. A field with this list still takes any name typed into it.
 */
export function OwnerChoices({
  participants,
  roles,
}: {
  readonly participants: readonly Participant[];
  readonly roles: readonly string[];
}) {
  const names = new Set(participants.map((p) => p.name));
  return (
    <datalist id={OWNER_CHOICES}>
      {participants.map((p) => (
        <option key={p.id} value={p.name}>
          {p.role}
        </option>
      ))}
      {[...new Set(roles)]
        .filter((role) => !names.has(role))
        .map((role) => (
          <option key={role} value={role}>
            Suggested role
          </option>
        ))}
    </datalist>
  );
}
