import type { ReportReplacement } from '../../../shared/api/models.ts';

/**
 * Every name the anonymous report will replace, where it is and with the text around it, so
 * the person exporting can check that nothing is missed and nothing is replaced by mistake.
 */
export function ReplacementList({ replacements }: { readonly replacements: readonly ReportReplacement[] }) {
  if (replacements.length === 0) {
    return (
      <p className="muted">
        No participant’s name appears in the notes, the plan or the contacts: the report replaces nothing
        there. Participants are shown by code throughout.
      </p>
    );
  }
  const texts = new Set(replacements.map((r) => r.where)).size;
  return (
    <div className="replacements">
      <p>
        The anonymous report replaces{' '}
        {replacements.length === 1 ? 'one name' : `${replacements.length} names`} in{' '}
        {texts === 1 ? 'one text' : `${texts} texts`} people typed. The questions, the organisation, the title
        and the facilitator are printed as written. Check each replacement:
      </p>
      <div className="replacement-scroll" role="region" aria-label="Name replacements" tabIndex={0}>
        <table className="replacement-table">
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">In context</th>
              <th scope="col">Becomes</th>
            </tr>
          </thead>
          <tbody>
            {replacements.map((r, i) => (
              <tr key={i}>
                <td>{r.where}</td>
                <td>
                  {r.before}
                  <mark>{r.found}</mark>
                  {r.after}
                </td>
                <td className="replacement-code">
                  {r.found} → <strong>{r.code}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
