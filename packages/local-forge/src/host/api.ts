// The host's JSON API under /__forge/: personas, invoke (the resolver, as the platform runs it), the product
// REST proxy to the Jira emulator (as the persona in x-forge-account-id), saving Confluence macro configs, and
// inserting or removing macros on Confluence pages.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvokeError } from '../runtime/local-forge';
import { HttpError, readBody, readJsonObject, sendJson } from './http';
import { saveMacroConfigs, saveMacroInstances } from './persistence';
import { macroConfigSrc, macrosOnPage, macroViewSrc } from './pages/confluence';
import { modulesOfKind } from './surfaces';
import { issueAction } from './issue-actions';
import { handleFaults } from './faults';
import type { HostState } from './surfaces';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

const invoke = async (state: HostState, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  const body = await readJsonObject(req);
  const moduleKey = str(body.moduleKey);
  const functionKey = str(body.functionKey);
  if (!moduleKey || !functionKey) throw new HttpError(400, 'moduleKey and functionKey are required strings');
  if (body.extension !== undefined && (typeof body.extension !== 'object' || body.extension === null || Array.isArray(body.extension))) {
    throw new HttpError(400, 'extension must be an object');
  }
  if (body.accountId !== undefined && body.accountId !== null && typeof body.accountId !== 'string') throw new HttpError(400, 'accountId must be a string');
  const accountId = str(body.accountId);
  const localId = str(body.localId);
  try {
    const result = await state.forge.invoke({
      moduleKey,
      functionKey,
      payload: body.payload ?? {},
      ...(body.extension ? { extension: body.extension as Record<string, unknown> } : {}),
      ...(accountId ? { accountId } : {}),
      ...(localId ? { localId } : {}),
    });
    sendJson(res, 200, result ?? null);
  } catch (e) {
    if (e instanceof InvokeError) throw new HttpError(e.status, e.message);
    console.error(`[host] resolver ${moduleKey}/${functionKey} threw`, e);
    throw new HttpError(500, `the resolver threw: ${e instanceof Error ? e.message : String(e)}`);
  }
};

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'x-forge-account-id', 'cookie', 'origin', 'referer']);

const productJira = async (state: HostState, req: IncomingMessage, res: ServerResponse, restPath: string): Promise<void> => {
  const who = req.headers['x-forge-account-id'];
  const account = Array.isArray(who) ? who[0] : who;
  if (!account) throw new HttpError(401, 'x-forge-account-id is required: an accountId, or "app" to call as the app');
  const method = (req.method ?? 'GET').toUpperCase();
  const body = method === 'GET' || method === 'HEAD' ? null : await readBody(req);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k) && typeof v === 'string') headers[k] = v;
  const actor = account === 'app' ? ({ kind: 'app' } as const) : ({ kind: 'user', accountId: account } as const);
  const reply = await state.forge.jira.fetch(actor, restPath, { method, body: body === '' ? null : body, headers });
  const out: Record<string, string> = {};
  reply.headers.forEach((v, k) => (out[k] = v));
  const bytes = Buffer.from(await reply.arrayBuffer());
  if (reply.statusText) res.writeHead(reply.status, reply.statusText, out);
  else res.writeHead(reply.status, out);
  res.end(bytes);
};

const macroConfig = async (state: HostState, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  const body = await readJsonObject(req);
  const pageId = str(body.pageId);
  const localId = str(body.localId);
  const config = body.config;
  if (!pageId || !localId) throw new HttpError(400, 'pageId and localId are required');
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new HttpError(400, 'config must be an object');
  const key = `${pageId}/${localId}`;
  const previous = state.macroConfigs[key];
  state.macroConfigs[key] = config as Record<string, unknown>;
  const persona = state.personas.find((p) => p.id === body.as) ?? state.personas[0];
  const theme = body.theme === 'dark' ? 'dark' : 'light';
  const src = macroViewSrc(state, { pageId, localId, persona, theme, editing: body.editing === true });
  if (!src) {
    if (previous) state.macroConfigs[key] = previous;
    else delete state.macroConfigs[key];
    throw new HttpError(404, `no macro '${localId}' on page ${pageId}`);
  }
  saveMacroConfigs(state.dataDir, state.macroConfigs);
  // The config frame's URL too: reopening Configure must show the config just saved.
  const configSrc = macroConfigSrc(state, { pageId, localId, persona, theme });
  sendJson(res, 200, { ok: true, src, ...(configSrc ? { configSrc } : {}) });
};

/** POST {pageId, moduleKey} inserts a macro with a fresh localId; DELETE {pageId, localId} removes an inserted one. */
const macroInstance = async (state: HostState, req: IncomingMessage, res: ServerResponse, method: string): Promise<void> => {
  const body = await readJsonObject(req);
  const pageId = str(body.pageId);
  if (!pageId || !/^\d{1,18}$/.test(pageId)) throw new HttpError(400, 'pageId must be a page id');
  const list = state.macroInstances[pageId] ?? [];
  if (method === 'POST') {
    const moduleKey = str(body.moduleKey);
    if (!moduleKey || !modulesOfKind(state, 'macro').some((m) => m.key === moduleKey))
      throw new HttpError(400, `'${String(body.moduleKey)}' is not a macro module of manifest.yml`);
    const localId = randomUUID();
    state.macroInstances[pageId] = [...list, { localId, moduleKey }];
    saveMacroInstances(state.dataDir, state.macroInstances);
    sendJson(res, 201, { pageId, localId, moduleKey });
    return;
  }
  const localId = str(body.localId);
  if (!localId || !list.some((i) => i.localId === localId)) throw new HttpError(404, `no inserted macro '${String(body.localId)}' on page ${pageId}`);
  state.macroInstances[pageId] = list.filter((i) => i.localId !== localId);
  saveMacroInstances(state.dataDir, state.macroInstances);
  if (state.macroConfigs[`${pageId}/${localId}`]) {
    delete state.macroConfigs[`${pageId}/${localId}`];
    saveMacroConfigs(state.dataDir, state.macroConfigs);
  }
  sendJson(res, 200, { ok: true });
};

/** Handles /__forge/<api>; returns false when the path is not one of them. */
export const handleApi = async (state: HostState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
  const method = req.method ?? 'GET';
  const p = url.pathname;
  if (p === '/__forge/personas') {
    if (method !== 'GET') throw new HttpError(405, 'GET only');
    sendJson(
      res,
      200,
      state.personas.map(({ id, accountId, displayName, description }) => ({ id, accountId, displayName, description })),
    );
    return true;
  }
  if (p === '/__forge/invoke') {
    if (method !== 'POST') throw new HttpError(405, 'POST only');
    await invoke(state, req, res);
    return true;
  }
  if (p === '/__forge/issue-action') {
    if (method !== 'POST') throw new HttpError(405, 'POST only');
    await issueAction(state, req, res);
    return true;
  }
  if (p === '/__forge/macro-config') {
    if (method === 'GET') sendJson(res, 200, state.macroConfigs);
    else if (method === 'POST') await macroConfig(state, req, res);
    else throw new HttpError(405, 'GET or POST');
    return true;
  }
  if (p === '/__forge/macro-instance') {
    if (method === 'GET') {
      const pageId = url.searchParams.get('pageId');
      sendJson(
        res,
        200,
        pageId ? macrosOnPage(state, pageId).map((m) => ({ localId: m.localId, moduleKey: m.module.key, inserted: m.inserted })) : state.macroInstances,
      );
    } else if (method === 'POST' || method === 'DELETE') await macroInstance(state, req, res, method);
    else throw new HttpError(405, 'GET, POST or DELETE');
    return true;
  }
  const scheduled = /^\/__forge\/scheduled\/([^/]+)$/.exec(p);
  if (scheduled) {
    if (method !== 'POST') throw new HttpError(405, 'POST only');
    const key = decodeURIComponent(scheduled[1] ?? '');
    if (!state.forge.scheduledTriggers.includes(key)) throw new HttpError(404, `the manifest has no scheduledTrigger '${key}'`);
    sendJson(res, 200, { moduleKey: key, result: await state.forge.runScheduledTrigger(key) });
    return true;
  }
  if (p === '/__forge/faults') {
    await handleFaults(state, req, res, method);
    return true;
  }
  const product = /^\/__forge\/product\/([^/]+)(\/.*)?$/.exec(p);
  if (product) {
    const restPath = (product[2] ?? '/') + url.search;
    if (product[1] === 'jira') await productJira(state, req, res, restPath);
    else throw new HttpError(404, `the local host has no ${product[1] ?? ''} emulator (only jira)`);
    return true;
  }
  return false;
};
