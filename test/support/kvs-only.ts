// Installs the local Forge globals with a fresh KVS emulator declared by the real manifest; Jira calls fail loudly.
import { installForgeGlobals, useBackends } from '@throughline/local-forge';
import { readManifest } from '../../dev/throughline-host';
import { createKvsEmulator, entitiesFromManifest, type KvsEmulator } from '@throughline/local-forge/kvs';
import type { JiraEmulator } from '@throughline/local-forge/jira';

const noJira = new Proxy(
  {},
  {
    get: () => () => {
      throw new Error('this test has no Jira');
    },
  },
) as unknown as JiraEmulator;

export const freshStorage = (): KvsEmulator => {
  installForgeGlobals();
  const kvs = createKvsEmulator({ entities: entitiesFromManifest(readManifest()) });
  useBackends({ kvs, jira: noJira });
  return kvs;
};
