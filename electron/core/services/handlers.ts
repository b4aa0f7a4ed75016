import type { MethodArgs, MethodName, MethodOutput } from '../../../shared/api/methods.ts';
import type { actionMethods } from '../../../shared/api/methods/actions.ts';
import type { auditMethods } from '../../../shared/api/methods/audits.ts';
import type { backupMethods } from '../../../shared/api/methods/backups.ts';
import type { consensusMethods } from '../../../shared/api/methods/consensus.ts';
import type { contactMethods } from '../../../shared/api/methods/contacts.ts';
import type { fileMethods } from '../../../shared/api/methods/files.ts';
import type { groupMethods } from '../../../shared/api/methods/groups.ts';
import type { instrumentMethods } from '../../../shared/api/methods/instrument.ts';
import type { participantMethods } from '../../../shared/api/methods/participants.ts';
import type { reportMethods } from '../../../shared/api/methods/report.ts';
import type { responseMethods } from '../../../shared/api/methods/responses.ts';
import type { revealMethods } from '../../../shared/api/methods/reveal.ts';
import type { roomMethods } from '../../../shared/api/methods/room.ts';
import type { roundMethods } from '../../../shared/api/methods/rounds.ts';
import { describeInstrument } from '../../../shared/instrument/describe.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import type { Storage } from '../db/storage.ts';
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
import { backUpNow, restoreFromBackup, storageStatus, listStoredBackups } from './backups.ts';
import { setConsensus, setDiscussion } from './consensus.ts';
import { addContact, editContact, removeContact } from './contacts.ts';
import { exportAudit, importAuditText } from './files.ts';
import { addGroup, removeGroup, renameGroup, reorderGroups } from './groups.ts';
import { mergeResponseFile } from './merge.ts';
import { makePreworkForm } from './prework-form.ts';
import { addParticipant, editParticipant, removeParticipant, reorderParticipants } from './participants.ts';
import { exportAuditReport, previewAuditReport } from './report.ts';
import { clearResponse, saveResponse } from './responses.ts';
import { reopenBlindScoring, startReveal } from './reveal.ts';
import { auditResults } from './results.ts';
import type { ServiceContext } from './context.ts';
import { listNetworkInterfaces } from './room/interfaces.ts';
import { endRoom, lockRoom, nudgeSeat, releaseRoomSeat, setOpenSeats, stopRoom } from './room/manage.ts';
import { presentItem, projectorView } from './room/projector.ts';
import { startRoom } from './room/start.ts';
import { roomStatus } from './room/status.ts';
import {
  cancelRevoteRound,
  clearRoundResponse,
  closeRevoteRound,
  listRevoteRounds,
  openRevoteRound,
  revoteFeedback,
  saveRoundResponse,
} from './rounds.ts';

/** A service implementation of each declared method; the compiler checks none is missing. */
export type Handlers = {
  readonly [M in MethodName]: (
    storage: Storage,
    args: MethodArgs<M>,
    context: ServiceContext,
  ) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/** The handlers of one feature's methods (shared/api/methods/<feature>.ts), checked against its declarations. */
type FeatureHandlers<Declared> = Pick<Handlers, keyof Declared & MethodName>;

const instrumentHandlers: FeatureHandlers<typeof instrumentMethods> = {
  'instrument.get': () => describeInstrument(instrumentV1),
};

const auditHandlers: FeatureHandlers<typeof auditMethods> = {
  'audits.list': listAudits,
  'audits.get': (storage, args) => loadAuditDetail(storage.db, args.id),
  'audits.results': (storage, args) => auditResults(storage, args.id),
  'audits.create': createAudit,
  'audits.update': updateAuditDetails,
  'audits.duplicate': duplicateAudit,
  'audits.trash': trashAudit,
  'audits.restore': restoreAudit,
  'audits.purge': purgeTrashedAudit,
};

const revealHandlers: FeatureHandlers<typeof revealMethods> = {
  'audits.startReveal': startReveal,
  'audits.reopenScoring': reopenBlindScoring,
};

const groupHandlers: FeatureHandlers<typeof groupMethods> = {
  'groups.add': addGroup,
  'groups.update': renameGroup,
  'groups.remove': removeGroup,
  'groups.reorder': reorderGroups,
};

const participantHandlers: FeatureHandlers<typeof participantMethods> = {
  'participants.add': addParticipant,
  'participants.update': editParticipant,
  'participants.remove': removeParticipant,
  'participants.reorder': reorderParticipants,
};

const responseHandlers: FeatureHandlers<typeof responseMethods> = {
  'responses.save': saveResponse,
  'responses.clear': clearResponse,
};

const roundHandlers: FeatureHandlers<typeof roundMethods> = {
  'rounds.list': listRevoteRounds,
  'rounds.open': openRevoteRound,
  'rounds.close': closeRevoteRound,
  'rounds.cancel': cancelRevoteRound,
  'rounds.saveResponse': saveRoundResponse,
  'rounds.clearResponse': clearRoundResponse,
  'rounds.feedback': revoteFeedback,
};

const consensusHandlers: FeatureHandlers<typeof consensusMethods> = {
  'consensus.set': setConsensus,
  'discussion.set': setDiscussion,
};

const contactHandlers: FeatureHandlers<typeof contactMethods> = {
  'contacts.add': addContact,
  'contacts.update': editContact,
  'contacts.remove': removeContact,
};

const actionHandlers: FeatureHandlers<typeof actionMethods> = {
  'actions.add': addAction,
  'actions.update': editAction,
  'actions.remove': removeAction,
};

const fileHandlers: FeatureHandlers<typeof fileMethods> = {
  'files.import': (storage, args) => importAuditText(storage, args.text, args.ifExists ?? 'copy'),
  'files.export': exportAudit,
  'files.merge': mergeResponseFile,
  'files.preworkForm': makePreworkForm,
};

const reportHandlers: FeatureHandlers<typeof reportMethods> = {
  'report.export': exportAuditReport,
  'report.preview': previewAuditReport,
};

const backupHandlers: FeatureHandlers<typeof backupMethods> = {
  'backups.list': listStoredBackups,
  'backups.create': backUpNow,
  'backups.restore': (storage, args) => restoreFromBackup(storage, args.name),
  'storage.status': storageStatus,
};

const roomHandlers: FeatureHandlers<typeof roomMethods> = {
  'room.interfaces': () => ({ interfaces: listNetworkInterfaces() }),
  'room.start': (storage, args, { room }) => startRoom(storage, room, args),
  'room.stop': (storage, args, { room }) => stopRoom(storage, room, args.auditId),
  'room.end': (storage, args, { room }) => endRoom(storage, room, args.auditId),
  'room.status': (storage, args, { room }) => roomStatus(storage, room, args.auditId),
  'room.release': (storage, args, { room }) => releaseRoomSeat(storage, room, args),
  'room.lock': (storage, args, { room }) => lockRoom(storage, room, args),
  'room.openSeats': (storage, args, { room }) => setOpenSeats(storage, room, args),
  'room.nudge': (storage, args, { room }) => nudgeSeat(storage, room, args),
  'room.projector': (storage, args, { room }) => projectorView(storage, room, args.auditId),
  'room.present': (storage, args, { room }) => presentItem(storage, room, args),
};

/** Every feature's handlers in one map, as the methods are declared (shared/api/methods.ts). */
export const handlers: Handlers = {
  ...instrumentHandlers,
  ...auditHandlers,
  ...revealHandlers,
  ...groupHandlers,
  ...participantHandlers,
  ...responseHandlers,
  ...roundHandlers,
  ...consensusHandlers,
  ...contactHandlers,
  ...actionHandlers,
  ...fileHandlers,
  ...reportHandlers,
  ...backupHandlers,
  ...roomHandlers,
};
