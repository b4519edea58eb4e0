// `@throughline/local-forge/kvs`: the Forge KVS emulator (`/api/v1/*`) with the platform's limits and error codes.
export * from './emulator';
