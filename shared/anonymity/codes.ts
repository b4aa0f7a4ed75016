/**
 * The code each participant is shown by when names are withheld: their own code when they
 * have one, else the next free P1, P2… in roster order. The report, its preview and the
 * window all use this, so a participant has the same code everywhere.
 */
export function participantCodes(participants: readonly { readonly code?: string }[]): string[] {
  const taken = new Set(participants.flatMap((p) => (p.code?.trim() ? [p.code.trim()] : [])));
  let next = 1;
  return participants.map((p) => {
    const own = p.code?.trim();
    if (own) return own;
    while (taken.has(`P${next}`)) next++;
    const code = `P${next++}`;
    taken.add(code);
    return code;
  });
}
