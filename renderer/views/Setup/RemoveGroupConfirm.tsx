import { useEffect, useRef } from 'react';

type Props = {
  readonly name: string;
  /** How many participants the group holds: they stay in the audit, in no group. */
  readonly members: number;
  readonly onRemove: () => void;
  readonly onCancel: () => void;
};

/**
 * Asks before a role group is removed: how many people it holds and that they will be in no
 * group. Cancel has focus, so Enter or Escape keeps the group.
 */
export function RemoveGroupConfirm({ name, members, onRemove, onCancel }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const people = members === 1 ? '1 participant' : `${members} participants`;
  return (
    <div
      className="remove-group card"
      role="alertdialog"
      aria-labelledby="remove-group-title"
      aria-describedby="remove-group-detail"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <p id="remove-group-title">
        <strong>Remove the group {name}?</strong>
      </p>
      <p id="remove-group-detail" className="small">
        {members === 0
          ? 'Nobody is in it yet.'
          : `It holds ${people}. They stay in the audit with their answers, in no group, and count in the team’s results only.`}
      </p>
      <div className="form-actions">
        <button ref={cancel} type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onRemove}>
          Remove the group
        </button>
      </div>
    </div>
  );
}
