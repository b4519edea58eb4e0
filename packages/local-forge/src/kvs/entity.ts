// Custom entity declarations: reading `app.storage.entities` from a manifest, resolving entities and
// indexes by name, and validating entity values against the declared attribute types.
import { badRequest, isObject, type JsonValue } from './types';

export type AttributeType = 'any' | 'boolean' | 'float' | 'integer' | 'string';
export interface EntityIndexDeclaration {
  name: string;
  range: string[];
  partition?: string[];
}
export interface EntityDeclaration {
  name: string;
  attributes: Record<string, { type: AttributeType }>;
  indexes: (string | EntityIndexDeclaration)[];
}

/** An index with the string shorthand expanded: `- status` means range [status], no partition. */
export interface ResolvedIndex {
  name: string;
  range: string[];
  partition: string[];
}

const ATTRIBUTE_TYPES: readonly AttributeType[] = ['any', 'boolean', 'float', 'integer', 'string'];
const stringList = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined);

/** Reads `app.storage.entities` (the Forge manifest shape); [] when absent. Malformed entries are skipped. */
export function entitiesFromManifest(manifest: unknown): EntityDeclaration[] {
  const app = isObject(manifest) ? manifest.app : undefined;
  const storage = isObject(app) ? app.storage : undefined;
  const entities = isObject(storage) ? storage.entities : undefined;
  if (!Array.isArray(entities)) return [];
  const out: EntityDeclaration[] = [];
  for (const raw of entities) {
    if (!isObject(raw) || typeof raw.name !== 'string' || !isObject(raw.attributes)) continue;
    const attributes: Record<string, { type: AttributeType }> = {};
    for (const [attr, spec] of Object.entries(raw.attributes)) {
      const type = isObject(spec) ? spec.type : undefined;
      if (typeof type === 'string' && ATTRIBUTE_TYPES.includes(type as AttributeType)) attributes[attr] = { type: type as AttributeType };
    }
    const indexes: (string | EntityIndexDeclaration)[] = [];
    for (const idx of Array.isArray(raw.indexes) ? raw.indexes : []) {
      if (typeof idx === 'string') indexes.push(idx);
      else if (isObject(idx) && typeof idx.name === 'string' && stringList(idx.range)) {
        const partition = stringList(idx.partition);
        indexes.push({ name: idx.name, range: stringList(idx.range) as string[], ...(partition ? { partition } : {}) });
      }
    }
    out.push({ name: raw.name, attributes, indexes });
  }
  return out;
}

export class EntityRegistry {
  private readonly byName = new Map<string, EntityDeclaration>();

  constructor(declarations: EntityDeclaration[] = []) {
    for (const d of declarations) this.byName.set(d.name, d);
  }

  /**
   * The declaration, or 400 ENTITY_NOT_DECLARED. Emulator-chosen code: the platform's error tables have
   * no entry for an entity missing from the manifest, so the name says exactly what is wrong.
   */
  get(entityName: unknown): EntityDeclaration {
    if (typeof entityName !== 'string' || entityName.length === 0) {
      return badRequest('BAD_REQUEST', 'Provided request body is invalid: "entityName" must be a string');
    }
    const decl = this.byName.get(entityName);
    if (!decl) {
      return badRequest('ENTITY_NOT_DECLARED', `The entity "${entityName}" is not declared in app.storage.entities of the manifest.`);
    }
    return decl;
  }

  /** The index, or 400 INDEX_NOT_DECLARED (emulator-chosen code, as above). */
  index(decl: EntityDeclaration, indexName: unknown): ResolvedIndex {
    for (const idx of decl.indexes) {
      if (typeof idx === 'string') {
        if (idx === indexName) return { name: idx, range: [idx], partition: [] };
      } else if (idx.name === indexName) {
        return { name: idx.name, range: idx.range, partition: idx.partition ?? [] };
      }
    }
    return badRequest('INDEX_NOT_DECLARED', `The index "${String(indexName)}" is not declared on entity "${decl.name}".`);
  }
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

function typeOk(type: AttributeType, v: JsonValue): boolean {
  switch (type) {
    case 'any':
      return true;
    case 'boolean':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX;
    case 'float':
      return typeof v === 'number' && Number.isFinite(v);
  }
}

/**
 * Entity values must be objects whose attributes are all declared and of the declared type
 * (integers are 32-bit signed). Violations → 400 INVALID_ENTITY_VALUE, the platform's documented code.
 * Choice: an attribute the manifest does not declare is refused, and `null` is refused for typed attributes.
 */
export function validateEntityValue(decl: EntityDeclaration, value: JsonValue): void {
  if (!isObject(value)) badRequest('INVALID_ENTITY_VALUE', `A value of entity "${decl.name}" must be an object.`);
  for (const [attr, v] of Object.entries(value as Record<string, JsonValue>)) {
    const spec = decl.attributes[attr];
    if (!spec) badRequest('INVALID_ENTITY_VALUE', `Attribute "${attr}" is not declared on entity "${decl.name}".`);
    else if (!typeOk(spec.type, v)) {
      badRequest('INVALID_ENTITY_VALUE', `Attribute "${attr}" of entity "${decl.name}" must be of type ${spec.type}; got ${JSON.stringify(v)}.`);
    }
  }
}
