import { create } from 'zustand';
import type { OrganizationDetail } from '../../shared/api/models.ts';
import type { Trend } from '../../shared/scoring/trend.ts';
import { api } from '../api.ts';

type OrganizationState = {
  /** The organisation page on screen: its audits over time and their trend. */
  readonly organizationId: string | null;
  readonly detail: OrganizationDetail | null;
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: string | null;
  readonly load: (organizationId: string) => Promise<void>;
  /** Renames the organisation on screen; the error message, or null once renamed. */
  readonly rename: (name: string) => Promise<string | null>;
  /** The open audit's trend (audits.trend), by audit and the audit store's revision it was fetched at. */
  readonly auditTrend: {
    readonly auditId: string;
    readonly revision: number;
    readonly trend: Trend | null;
  } | null;
  readonly loadAuditTrend: (auditId: string, revision: number) => Promise<void>;
};

/** Organisations (clients): the page of one, and the trend the open audit's results show. */
export const useOrganizationStore = create<OrganizationState>()((set, get) => ({
  organizationId: null,
  detail: null,
  status: 'idle',
  error: null,
  load: async (organizationId) => {
    if (get().organizationId !== organizationId) set({ organizationId, detail: null });
    set({ status: 'loading', error: null });
    const result = await api['organizations.get']({ id: organizationId });
    if (get().organizationId !== organizationId) return;
    if (!result.ok) return set({ status: 'error', error: result.error.message });
    set({ detail: result.value, status: 'ready' });
  },
  rename: async (name) => {
    const id = get().organizationId;
    if (!id) return 'No organisation is open.';
    const result = await api['organizations.rename']({ id, name });
    if (!result.ok) return result.error.message;
    await get().load(id);
    return null;
  },
  auditTrend: null,
  loadAuditTrend: async (auditId, revision) => {
    const current = get().auditTrend;
    if (current && current.auditId === auditId && current.revision >= revision) return;
    set({ auditTrend: { auditId, revision, trend: current?.auditId === auditId ? current.trend : null } });
    const result = await api['audits.trend']({ id: auditId });
    if (get().auditTrend?.auditId === auditId && get().auditTrend?.revision === revision)
      set({ auditTrend: { auditId, revision, trend: result.ok ? result.value : null } });
  },
}));
