// Groups of support states: open (an answer is awaited), live (open or agreed: it binds or may bind someone) and closed.
import { CLOSED_SUPPORT_STATES, OPEN_SUPPORT_STATES, type SupportState } from '../../shared/model/agreement';

export const isOpen = (s: SupportState): boolean => OPEN_SUPPORT_STATES.includes(s);
export const isClosed = (s: SupportState): boolean => CLOSED_SUPPORT_STATES.includes(s);
export const isLive = (s: SupportState): boolean => !isClosed(s);
