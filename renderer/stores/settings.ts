import { create } from 'zustand';
import type { InstallationSettings } from '../../shared/api/models.ts';
import { api } from '../api.ts';

type SettingsState = {
  /** The settings of this installation; null until loaded. */
  readonly settings: InstallationSettings | null;
  readonly error: string | null;
  readonly load: () => Promise<void>;
  /** Loads the settings unless they are loaded already (Set-up shows the firm's name; it changes only in Settings). */
  readonly ensureLoaded: () => Promise<void>;
  /** Changes the firm's name or logo; answers with the error message, or null once saved. */
  readonly update: (changes: { firmName?: string; firmLogo?: string | null }) => Promise<string | null>;
};

/** The settings of this installation (the consultant's firm, for the report's white label). */
export const useSettingsStore = create<SettingsState>()((set, get) => ({
  settings: null,
  error: null,
  load: async () => {
    const result = await api['settings.get']({});
    set(result.ok ? { settings: result.value, error: null } : { error: result.error.message });
  },
  ensureLoaded: async () => {
    if (get().settings === null) await get().load();
  },
  update: async (changes) => {
    const result = await api['settings.update'](changes);
    if (!result.ok) return result.error.message;
    set({ settings: result.value, error: null });
    return null;
  },
}));
