type Props = {
  readonly kind: 'info' | 'error';
  readonly children: React.ReactNode;
  readonly onDismiss?: () => void;
  readonly action?: { readonly label: string; readonly run: () => void };
};

/** A message above the content: errors are announced at once, information politely. */
export function Notice({ kind, children, onDismiss, action }: Props) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <div className="notice-text">{children}</div>
      {action && (
        <button type="button" onClick={action.run}>
          {action.label}
        </button>
      )}
      {onDismiss && (
        <button type="button" className="quiet" onClick={onDismiss} aria-label="Dismiss message">
          ×
        </button>
      )}
    </div>
  );
}
