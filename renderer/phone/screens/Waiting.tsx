/** A short wait (joining, connecting), announced politely. */
export function Waiting({ text }: { readonly text: string }) {
  return (
    <main className="phone-page centred">
      <p className="waiting" role="status">
        <span className="spinner" aria-hidden="true" />
        {text}
      </p>
    </main>
  );
}
