import { useState } from 'react';
import { Notice } from '../../components/Notice.tsx';
import { useAuditStore } from '../../stores/audit.ts';

const MAX_LOGO_BYTES = 1_400_000;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string'
        ? resolve(reader.result)
        : reject(new Error('could not read the image'));
    reader.onerror = () => reject(new Error(reader.error?.message ?? 'could not read the file'));
    reader.readAsDataURL(file);
  });
}

/** The report's branding: a logo and an accent colour, kept with the audit. */
export function Branding() {
  const detail = useAuditStore((s) => s.detail);
  const update = useAuditStore((s) => s.update);
  const [error, setError] = useState<string | null>(null);
  if (!detail) return null;

  const onLogo = async (file: File | undefined) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type))
      return setError('The logo must be a PNG or JPEG image.');
    if (file.size > MAX_LOGO_BYTES) return setError('The logo must be smaller than 1.4 MB.');
    setError(await update({ logo: await readAsDataUrl(file) }));
  };

  return (
    <section className="card" aria-labelledby="branding-title">
      <h3 id="branding-title">Report branding</h3>
      {error && <Notice kind="error">{error}</Notice>}
      <div className="branding">
        <label>
          Accent colour
          <input
            type="color"
            value={detail.branding.accentColor ?? '#1f5f8b'}
            onChange={(e) => void update({ accentColor: e.target.value }).then(setError)}
          />
        </label>
        <div>
          {detail.branding.logo ? (
            <img src={detail.branding.logo} alt="Logo for the report" className="logo-preview" />
          ) : (
            <span className="muted">No logo</span>
          )}
        </div>
        <label className="button">
          {detail.branding.logo ? 'Replace logo…' : 'Add logo…'}
          <input
            type="file"
            accept="image/png,image/jpeg"
            className="visually-hidden"
            onChange={(e) => void onLogo(e.target.files?.[0])}
          />
        </label>
        {detail.branding.logo && (
          <button type="button" onClick={() => void update({ logo: null }).then(setError)}>
            Remove logo
          </button>
        )}
      </div>
    </section>
  );
}
