// Export and import end to end (issue 14, Done-when 4), with the production bundles and the unmodified @forge/bridge
// in headless Chromium: the outsider's CSV of the Alignment tab holds no ATLAS row; the exec's JSON export, after the
// installation is reset, imports and exports again byte for byte, and the epic tags are back in Jira.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Download, FrameLocator, Page } from 'playwright-core';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { describeE2E } from './support/session';

const WORKSPACE = '/jira/apps/throughline';
const ADMIN = '/jira/settings/apps/throughline';

const downloaded = async (page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> => {
  const [download] = (await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()])) as [Download, void];
  // Chromium runs connected over CDP, so the file is copied out rather than read where the browser put it.
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tl-download-')), download.suggestedFilename());
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  rmSync(path.dirname(file), { recursive: true, force: true });
  return { name: download.suggestedFilename(), text };
};

// The exec's tests share one administration page (a page load is the dearest thing a browser test does), so the suite
// keeps its pages and `problems` gathers over it.
describeE2E('export and import in Chromium', { surfaces: ['global', 'admin'], shots: 'data-transfer', timeout: 180_000, scope: 'suite' }, (e2e) => {
  const { problems } = e2e;
  let adminPage: Page | undefined;
  const admin = async (): Promise<Page> => (adminPage ??= await e2e.open(ADMIN, 'exec'));

  const alignmentCsv = async (as: string): Promise<string> => {
    const page = await e2e.open(WORKSPACE, as);
    const app = e2e.frame(page, 'throughline-strategy');
    await app.getByRole('button', { name: 'Alignment', exact: true }).click();
    const button = app.getByTestId('export-csv');
    await button.waitFor({ timeout: 30_000 });
    const file = await downloaded(page, () => button.click());
    expect(file.name).toMatch(/^throughline-alignment-\d{4}-\d{2}-\d{2}\.csv$/);
    await e2e.release(page);
    return file.text;
  };

  it('gives the outsider a CSV of the alignment tree with no ATLAS row, where the exec’s has them', async () => {
    const exec = await alignmentCsv('exec');
    expect(exec.split('\r\n').filter((l) => l.includes(',ATLAS-')).length).toBeGreaterThan(0);
    const outsider = await alignmentCsv('outsider');
    const lines = outsider.split('\r\n');
    expect(lines[0]).toContain('Depth,Type,Id or key,Title');
    expect(lines.filter((l) => l.startsWith('0,Goal,')).length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.includes('ATLAS'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('exports all data as the exec, and after a reset imports it and exports the same bytes again', async () => {
    const page = await admin();
    const app: FrameLocator = e2e.frame(page, 'throughline-admin');
    const section = app.getByTestId('data-transfer');
    await section.getByTestId('export-json').waitFor({ timeout: 30_000 });
    await expect(section.getByTestId('export-json').isEnabled()).resolves.toBe(true);
    const first = await downloaded(page, () => section.getByTestId('export-json').click());
    expect(first.name).toMatch(/^throughline-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(first.text)).toMatchObject({ format: 'throughline-export', version: 1 });
    await section
      .getByTestId('export-status')
      .getByText(/^Exported \d+ records/)
      .waitFor();

    // The reset: an empty installation (no app storage) on the same Jira, whose epics have lost their tags too.
    const forge = e2e.host.forge;
    const tagged = forge.jira.state.issues
      .filter((i) => i.properties[EPIC_TAG_PROPERTY] !== undefined)
      .map((i) => [i.id, i.properties[EPIC_TAG_PROPERTY]] as const);
    forge.kvs.clear();
    for (const issue of forge.jira.state.issues) delete issue.properties[EPIC_TAG_PROPERTY];

    await page.reload();
    await section.getByTestId('import-file').waitFor({ timeout: 30_000 });
    await section.getByTestId('import-file').setInputFiles({ name: first.name, mimeType: 'application/json', buffer: Buffer.from(first.text) });
    await section.getByTestId('import-json').click();
    const done = section.getByTestId('import-done');
    await done.waitFor({ timeout: 120_000 });
    expect(await done.textContent()).toMatch(/^Imported \d+ records\. Epic tags written to Jira: \d+ as you, \d+ as the app/);
    // The other sections read again what the file brought (the demo's periods, here).
    await app.getByText('No periods yet', { exact: false }).waitFor({ state: 'detached', timeout: 20_000 });
    await e2e.shot(page, 'imported');

    const again = await downloaded(page, () => section.getByTestId('export-json').click());
    expect(again.text).toBe(first.text);
    expect(
      forge.jira.state.issues.filter((i) => i.properties[EPIC_TAG_PROPERTY] !== undefined).map((i) => [i.id, i.properties[EPIC_TAG_PROPERTY]] as const),
    ).toEqual(tagged);
    expect(problems).toEqual([]);
  });

  it('asks before replacing the data there, in words, and replaces it only once confirmed', async () => {
    // On the page where the data was just imported: the server, not the page, knows that data is there now.
    const page = await admin();
    const app = e2e.frame(page, 'throughline-admin');
    const section = app.getByTestId('data-transfer');
    await section.getByTestId('export-json').waitFor({ timeout: 30_000 });
    const file = await downloaded(page, () => section.getByTestId('export-json').click());
    await section.getByTestId('import-file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await section.getByTestId('import-json').click();
    const confirm = section.getByTestId('import-confirm');
    await confirm.waitFor({ timeout: 60_000 });
    expect(await confirm.textContent()).toContain('Replacing deletes everything Throughline stores now');
    expect(await confirm.getByTestId('import-replace').isDisabled()).toBe(true);
    await confirm.getByTestId('import-understood').check();
    await confirm.getByTestId('import-replace').click();
    await section
      .getByTestId('import-done')
      .getByText(/replacing the data stored before/)
      .waitFor({ timeout: 120_000 });
    expect(problems).toEqual([]);
  });
});
