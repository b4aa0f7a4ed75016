import { useEffect, useState } from 'react';
import type { FirmBrandingUse } from '../../../shared/audit-file/fields.ts';
import { LogoPicker } from '../../components/LogoPicker.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useAuditStore } from '../../stores/audit.ts';
import { useSettingsStore } from '../../stores/settings.ts';

/** How the installation's firm branding reads in the choice: its name, "its logo", or that none is set. */
function installationLabel(settings: { firmName: string; firmLogo: string | null } | null): string {
  if (!settings) return 'The firm set in Settings';
  if (settings.firmName !== '') return `The firm set in Settings: ${settings.firmName}`;
  return settings.firmLogo
    ? 'The firm set in Settings (its logo)'
    : 'The firm set in Settings (none is set yet)';
}

/** The audit's own firm name: saved on leaving the field or on Enter. */
function OwnFirmName() {
  const saved = useAuditStore((s) => s.detail?.branding.firm.name ?? '');
  const update = useAuditStore((s) => s.update);
  const [name, setName] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setName(saved), [saved]);
  const save = async () => {
    if (name.trim() === saved) return;
    setError(await update({ firmName: name }));
  };
  return (
    <>
      {error && <Notice kind="error">{error}</Notice>}
      <label>
        Firm name for this audit
        <input
          value={name}
          maxLength={300}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => void save()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void save();
            }
          }}
        />
      </label>
    </>
  );
}

/**
 * The report's branding: the client's logo and an accent colour, kept with the audit, and
 * whose firm (white label) appears beside the client on the cover and in the footer: the
 * installation's (Settings), another for this audit, or none.
 */
export function Branding() {
  const detail = useAuditStore((s) => s.detail);
  const update = useAuditStore((s) => s.update);
  const settings = useSettingsStore((s) => s.settings);
  const loadSettings = useSettingsStore((s) => s.ensureLoaded);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  if (!detail) return null;
  const { firm } = detail.branding;
  const choose = (use: FirmBrandingUse) => void update({ firmBranding: use }).then(setError);

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
        <LogoPicker
          logo={detail.branding.logo}
          what="Logo for the report"
          onChange={(logo) => update({ logo })}
        />
      </div>
      <fieldset className="firm-branding">
        <legend>Your firm beside the client, on the cover and in the footer</legend>
        <label className="checkbox">
          <input
            type="radio"
            name="firm-branding"
            checked={firm.use === 'installation'}
            onChange={() => choose('installation')}
          />
          {installationLabel(settings)}
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="firm-branding"
            checked={firm.use === 'own'}
            onChange={() => choose('own')}
          />
          Another firm for this audit
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="firm-branding"
            checked={firm.use === 'none'}
            onChange={() => choose('none')}
          />
          No firm: the report shows only the client
        </label>
        {firm.use === 'own' && (
          <div className="branding firm-own">
            <OwnFirmName />
            <LogoPicker
              logo={firm.logo}
              what="Firm logo for this audit"
              onChange={(logo) => update({ firmLogo: logo })}
            />
          </div>
        )}
      </fieldset>
    </section>
  );
}
