// Reads the JQL search aliases an app declares: `jira:entityProperty` modules with entityType issue.
import type { SearchAlias } from './types';

const TYPES = new Set<SearchAlias['type']>(['string', 'number', 'text', 'user', 'date']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every `values[]` entry with a searchAlias, from a parsed manifest; anything malformed is skipped. */
export function searchAliasesFromManifest(manifest: unknown): SearchAlias[] {
  const modules = isRecord(manifest) && isRecord(manifest.modules) ? manifest.modules : {};
  const entries = modules['jira:entityProperty'];
  if (!Array.isArray(entries)) return [];
  const aliases: SearchAlias[] = [];
  for (const entry of entries) {
    // Forge's default entityType is issue.
    if (!isRecord(entry) || (entry.entityType ?? 'issue') !== 'issue' || typeof entry.propertyKey !== 'string') continue;
    for (const value of Array.isArray(entry.values) ? entry.values : []) {
      if (!isRecord(value) || typeof value.path !== 'string' || typeof value.searchAlias !== 'string') continue;
      const type = String(value.type ?? '').toLowerCase() as SearchAlias['type'];
      if (!TYPES.has(type)) continue;
      aliases.push({ propertyKey: entry.propertyKey, path: value.path, type, alias: value.searchAlias });
    }
  }
  return aliases;
}
