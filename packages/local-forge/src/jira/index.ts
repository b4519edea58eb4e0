// `@throughline/local-forge/jira`: the Jira Cloud REST emulator (./README.md) and the data model of its seed.
export * from './emulator';
export type * from './model';
