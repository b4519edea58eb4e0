// What the panel's input parts share: the issue it is shown on, and the input sent from it in this visit (shown at
// once under "Your input", before the next load reads it back).
import { createContext } from 'react';
import type { InputSent } from '../../../src/shared/api/input';

export interface PanelInputState {
  issueKey: string;
  onSent(sent: InputSent): void;
}

export const PanelInputContext = createContext<PanelInputState | null>(null);
