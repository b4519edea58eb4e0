// The small site-wide items the alignment surfaces read on every load, in ONE storage operation: the agreement and
// commitment boards, the goal health board and the settings (the progress rule). The first tree screen then costs the
// catalog, the alignment board, this batch, the waiting input and the goal roll-ups (README, "Performance").
import { kvs } from '@forge/kvs';
import type { AgreementBoards } from '../../services/ports/agreements';
import type { Settings } from '../../shared/model/settings';
import { BOARD_ITEMS, boardsFrom } from './agreement-store';
import { SETTINGS_ITEMS, settingsFrom } from './settings-store';

export const readBoardsAndSettings = async (): Promise<{ boards: AgreementBoards; settings: Settings }> => {
  const hits = (await kvs.batchGet<unknown>([...BOARD_ITEMS, ...SETTINGS_ITEMS])).successfulKeys;
  return { boards: boardsFrom(hits), settings: settingsFrom(hits) };
};
