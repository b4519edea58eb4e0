// Installs the local Forge globals with a fresh KVS emulator declared by the real manifest; Jira calls fail loudly.
import { installForgeGlobals, useBackends } from '../../dev/runtime/forge-globals';
import { readManifest } from '../../dev/throughline-host';
import { createKvsEmulator, entitiesFromManifest, type KvsEmulator } from '../../dev/kvs/emulator';
import type { JiraEmulator } from '../../dev/jira/emulator';

const noJira = new Proxy({}, { get: () => () => { throw new Error('this test has no Jira'); } }) as unknown as JiraEmulator;

export const freshStorage = (): KvsEmulator => {
  installForgeGlobals();
  const kvs = createKvsEmulator({ entities: entitiesFromManifest(readManifest()) });
  useBackends({ kvs, jira: noJira });
  return kvs;
};
