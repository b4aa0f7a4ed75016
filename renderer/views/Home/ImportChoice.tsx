import { useEffect, useRef } from 'react';
import type { PendingImport } from '../../stores/audit-list.ts';

type Props = {
  readonly pending: PendingImport;
  readonly onChoose: (choice: 'open' | 'copy' | 'cancel') => void;
};

/**
 * Asks what to do with a file whose audit is already on this computer: open that audit, or
 * import the file as a second, separate copy. The same question the desktop shell asks for a
 * file opened by double-click.
 */
export function ImportChoice({ pending, onChoose }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <section
      className="import-choice"
      role="alertdialog"
      aria-labelledby="import-choice-title"
      aria-describedby="import-choice-detail"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onChoose('cancel');
      }}
    >
      <h2 id="import-choice-title">This audit is already here</h2>
      <p id="import-choice-detail">
        {pending.fileName} holds “{pending.title}”, which is already on this computer. Importing it makes a
        second, separate copy.
      </p>
      <div className="toolbar">
        <button ref={first} type="button" className="primary" onClick={() => onChoose('open')}>
          Open the audit on this computer
        </button>
        <button type="button" onClick={() => onChoose('copy')}>
          Import the file as a copy
        </button>
        <button type="button" className="quiet" onClick={() => onChoose('cancel')}>
          Cancel
        </button>
      </div>
    </section>
  );
}
