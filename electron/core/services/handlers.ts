import type { MethodArgs, MethodName, MethodOutput } from '../../../shared/api/methods.ts';
import { describeInstrument } from '../../../shared/instrument/describe.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import type { Store } from '../db/store.ts';
import { addAction, editAction, removeAction } from './actions.ts';
import { loadAuditDetail } from './audit-detail.ts';
import {
  createAudit,
  duplicateAudit,
  listAudits,
  purgeTrashedAudit,
  restoreAudit,
  trashAudit,
  updateAuditDetails,
} from './audits.ts';
import { backUpNow, restoreFromBackup, storageStatus, storeBackups } from './backups.ts';
import { setConsensus, setDiscussion } from './consensus.ts';
import { addContact, editContact, removeContact } from './contacts.ts';
import { exportAudit, importAuditText } from './files.ts';
import { addParticipant, editParticipant, removeParticipant, reorderParticipants } from './participants.ts';
import { exportAuditReport, previewAuditReport } from './report.ts';
import { clearResponse, saveResponse } from './responses.ts';
import { reopenBlindScoring, startReveal } from './reveal.ts';
import { auditResults } from './results.ts';

/** A service implementation of each declared method; the compiler checks none is missing. */
export type Handlers = {
  readonly [M in MethodName]: (
    store: Store,
    args: MethodArgs<M>,
  ) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export const handlers: Handlers = {
  'instrument.get': () => describeInstrument(instrumentV1),
  'audits.list': listAudits,
  'audits.get': (store, args) => loadAuditDetail(store.db, args.id),
  'audits.results': (store, args) => auditResults(store, args.id),
  'audits.create': createAudit,
  'audits.update': updateAuditDetails,
  'audits.startReveal': startReveal,
  'audits.reopenScoring': reopenBlindScoring,
  'audits.duplicate': duplicateAudit,
  'audits.trash': trashAudit,
  'audits.restore': restoreAudit,
  'audits.purge': purgeTrashedAudit,
  'participants.add': addParticipant,
  'participants.update': editParticipant,
  'participants.remove': removeParticipant,
  'participants.reorder': reorderParticipants,
  'responses.save': saveResponse,
  'responses.clear': clearResponse,
  'consensus.set': setConsensus,
  'discussion.set': setDiscussion,
  'contacts.add': addContact,
  'contacts.update': editContact,
  'contacts.remove': removeContact,
  'actions.add': addAction,
  'actions.update': editAction,
  'actions.remove': removeAction,
  'files.import': (store, args) => importAuditText(store, args.text, args.ifExists ?? 'copy'),
  'files.export': exportAudit,
  'report.export': exportAuditReport,
  'report.preview': previewAuditReport,
  'backups.list': storeBackups,
  'backups.create': backUpNow,
  'backups.restore': (store, args) => restoreFromBackup(store, args.name),
  'storage.status': storageStatus,
};
