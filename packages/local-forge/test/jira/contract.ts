// Loads Atlassian's published Jira OpenAPI document and validates bodies against it: the file JIRA_CONTRACT
// names, else ../shared/contracts beside the repository that holds this package (packages/local-forge).
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const CONTRACT_PATH = process.env.JIRA_CONTRACT ?? path.resolve(__dirname, '../../../../../shared/contracts/jira-platform.v3.json');

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Obj }> }>;
}
export interface Contract {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Obj> };
}

export const loadContract = (): Contract | undefined =>
  fs.existsSync(CONTRACT_PATH) ? (JSON.parse(fs.readFileSync(CONTRACT_PATH, 'utf8')) as Contract) : undefined;

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * OpenAPI 3.0 → JSON Schema for what Ajv needs: `nullable: true` becomes a null alternative, and local
 * `#/…` references point into the document registered as `contract`.
 */
export const toJsonSchema = (node: Json): Json => {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!isObj(node)) return node;
  const out: Obj = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `contract${v}` : toJsonSchema(v);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  delete out.nullable;
  return out;
};

export interface ContractValidator {
  /** The documented JSON schema of a response, or undefined when none is documented. */
  responseSchema(template: string, method: string, status: number): Obj | undefined;
  /** Whether the contract lists this status for the operation at all. */
  documents(template: string, method: string, status: number): boolean;
  /** Errors of `data` against a schema (a documented response schema or a component name); [] when valid. */
  errors(schema: Obj | string, data: unknown): string[];
}

export const contractValidator = (contract: Contract): ContractValidator => {
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema({ components: toJsonSchema(contract.components as unknown as Json) } as object, 'contract');
  const cache = new Map<string, ValidateFunction>();
  const compile = (schema: Obj | string): ValidateFunction => {
    const key = typeof schema === 'string' ? schema : JSON.stringify(schema);
    let v = cache.get(key);
    if (!v) {
      const s = typeof schema === 'string' ? { $ref: `contract#/components/schemas/${schema}` } : toJsonSchema(schema);
      v = ajv.compile(s as object);
      cache.set(key, v);
    }
    return v;
  };
  const op = (template: string, method: string): Operation | undefined => contract.paths[template]?.[method.toLowerCase()];
  return {
    responseSchema: (template, method, status) => op(template, method)?.responses[String(status)]?.content?.['application/json']?.schema,
    documents: (template, method, status) => op(template, method)?.responses[String(status)] !== undefined,
    errors: (schema, data) => {
      const validate = compile(schema);
      return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
    },
  };
};
