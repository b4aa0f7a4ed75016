import { useState } from 'react';
import { Notice } from './Notice.tsx';
import { readLogoFile } from './logo-file.ts';

type Props = {
  /** The logo shown, a data: URL, or null for none. */
  readonly logo: string | null;
  /** What the logo is, for its alternative text and the buttons: "Logo for the report", "Firm logo". */
  readonly what: string;
  /** Saves a new logo (null removes it); answers with the error message, or null once saved. */
  readonly onChange: (logo: string | null) => Promise<string | null>;
};

/** A logo with Add/Replace and Remove: PNG or JPEG, up to 1.4 MB; a refused file says why and changes nothing. */
export function LogoPicker({ logo, what, onChange }: Props) {
  const [error, setError] = useState<string | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readLogoFile(file);
    setError('problem' in read ? read.problem : await onChange(read.dataUrl));
  };
  return (
    <div className="logo-picker">
      {error && <Notice kind="error">{error}</Notice>}
      <div>
        {logo ? (
          <img src={logo} alt={what} className="logo-preview" />
        ) : (
          <span className="muted">No logo</span>
        )}
      </div>
      <label className="button">
        {logo ? 'Replace logo…' : 'Add logo…'}
        <input
          type="file"
          accept="image/png,image/jpeg"
          className="visually-hidden"
          aria-label={`${logo ? 'Replace' : 'Add'} ${what.toLowerCase()}`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            void onFile(file);
          }}
        />
      </label>
      {logo && (
        <button type="button" onClick={() => void onChange(null).then(setError)}>
          Remove logo
        </button>
      )}
    </div>
  );
}
