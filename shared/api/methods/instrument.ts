import type { describeInstrument } from '../../instrument/describe.ts';
import { method, none } from './declare.ts';

/** The instrument the app scores with: its dimensions, statements, scales and failure signs. */
export const instrumentMethods = {
  'instrument.get': method<ReturnType<typeof describeInstrument>>()(none),
};
