import { noRoomHost, type RoomHost } from './room/host.ts';

/**
 * What a transport hands the services besides the storage: today the room host, which only
 * the desktop main process, the loopback binding and `rca room` have.
 */
export type ServiceContext = { readonly room: RoomHost };

/** The context of a transport without a room (the worker thread, the command line's one-shot commands). */
export const NO_CONTEXT: ServiceContext = { room: noRoomHost };
