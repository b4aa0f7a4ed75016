import { findInstrument } from '../../shared/instrument/index.ts';
import type { Instrument } from '../../shared/instrument/types.ts';
import { PAYLOAD_ELEMENT_ID, type PreworkPayload } from '../../shared/response-file/prework.ts';

/** The form as the app made it: its payload and the instrument its answers use, or why it cannot run. */
export type LoadedForm =
  | { readonly ok: true; readonly payload: PreworkPayload; readonly instrument: Instrument }
  | { readonly ok: false; readonly message: string };

const NOT_MADE =
  'This page is the blank template of the pre-work form. Ask the person running the audit for the form made for you.';

/** Reads the payload the app wrote into the page (see shared/response-file/prework.ts). */
export function loadForm(doc: Document): LoadedForm {
  const text = doc.getElementById(PAYLOAD_ELEMENT_ID)?.textContent ?? '';
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This form is damaged: its audit details cannot be read. Ask for a new copy.',
    };
  }
  if (typeof payload !== 'object' || payload === null) return { ok: false, message: NOT_MADE };
  const made = payload as PreworkPayload;
  const instrument = findInstrument(made.instrument?.id ?? '', made.instrument?.version ?? '');
  if (!instrument || typeof made.audit?.id !== 'string') {
    return {
      ok: false,
      message: 'This form was made by another version of Reality Check and cannot be filled in here.',
    };
  }
  return { ok: true, payload: made, instrument };
}
