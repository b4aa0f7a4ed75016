import { create } from 'zustand';
import { joinSlice } from './join-slice.ts';
import { seatSlice } from './seat-slice.ts';
import type { PhoneState } from './state.ts';

/** The phone page's one store: getting to a seat (join-slice.ts), and the seat itself (seat-slice.ts). */
export const usePhoneStore = create<PhoneState>()((...a) => ({ ...joinSlice(...a), ...seatSlice(...a) }));
