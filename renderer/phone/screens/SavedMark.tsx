/** The tick: shown only once the laptop has acknowledged the answer; until then, that it is waiting. */
export function SavedMark({ saved, id }: { readonly saved: boolean; readonly id?: string }) {
  return (
    <span id={id} className={saved ? 'mark mark-saved' : 'mark mark-waiting'} data-saved={saved}>
      {saved ? '✓ Saved' : 'Not saved yet'}
    </span>
  );
}
