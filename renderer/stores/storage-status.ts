import { create } from 'zustand';
import type { StorageStatus } from '../../shared/api/models.ts';
import { api } from '../api.ts';

type StorageStatusState = {
  /** Null until asked; then whether the database is open read-only, and why. */
  readonly status: StorageStatus | null;
  readonly load: () => Promise<void>;
};

/** Whether the database can be written (storage.status), for the read-only banner. */
export const useStorageStatusStore = create<StorageStatusState>()((set) => ({
  status: null,
  load: async () => {
    const result = await api['storage.status']({});
    if (result.ok) set({ status: result.value });
  },
}));
