import { scanFile, type ScanEvent, type ScanMode } from './file-scan';

/** The file read in pieces cut at `cuts`, resuming where each read stopped, as the import reads its parts. */
const readInPieces = (text: string, cuts: number[], maxRecords = Infinity) => {
  const ends = [...cuts, text.length];
  let buffered = '';
  let pos = 0;
  let mode: ScanMode = 'start';
  const events: ScanEvent[] = [];
  let loaded = 0;
  for (let guard = 0; guard < 10_000; guard++) {
    const final = loaded === ends.length;
    const out = scanFile(buffered, pos, mode, { final, maxRecords });
    if (!out.ok) return { ok: false as const, kind: out.kind };
    events.push(...out.events);
    // A new read starts from the place, with only the text after it.
    buffered = buffered.slice(out.pos);
    pos = 0;
    mode = out.mode;
    if (out.reason === 'end') return { ok: true as const, events };
    if (out.reason === 'more') buffered += text.slice(loaded === 0 ? 0 : ends[loaded - 1], ends[loaded++]);
  }
  throw new Error('the read does not end');
};

const records = (events: ScanEvent[]) => events.flatMap((e) => (e.kind === 'record' ? [JSON.parse(e.text) as unknown] : []));
const file = {
  format: 'throughline-export',
  version: 1,
  records: [
    { store: 'goal', key: 'g1', value: { title: 'A "quoted" {brace} and [bracket], a \\ slash\\\\', n: [1, 2.5e3, -4, true, null] } },
    { store: 'kpi', key: 'k1', value: { note: 'ünïcødé ✓ 😀' } },
    { store: 'audit', key: 'a1', value: 7 },
  ],
};

describe('reading an export file a piece at a time', () => {
  const text = `${JSON.stringify(file, null, 1)}\n`;

  it('gives every record and the head, wherever the text is cut', () => {
    for (let cut = 1; cut < text.length; cut += 3) {
      const out = readInPieces(text, [cut]);
      expect(out.ok).toBe(true);
      if (!out.ok) return;
      expect(records(out.events)).toEqual(file.records);
      expect(out.events.filter((e) => e.kind === 'member')).toEqual([
        { kind: 'member', name: 'format', value: 'throughline-export' },
        { kind: 'member', name: 'version', value: 1 },
      ]);
    }
  });

  it('stops after a budget of records and goes on from there', () => {
    const out = readInPieces(text, [10, 50, 100], 1);
    expect(out.ok && records(out.events)).toEqual(file.records);
  });

  it('reads members in any order (a file passed through jq -S)', () => {
    const sorted = JSON.stringify({ format: file.format, records: file.records, version: 1 });
    const out = readInPieces(sorted, [20]);
    expect(out.ok && out.events.map((e) => e.kind)).toEqual(['member', 'records', 'record', 'record', 'record', 'member']);
  });

  it.each([
    ['not JSON', '{"format":"throughline-export", oops', 'syntax'],
    ['cut short', JSON.stringify(file).slice(0, -2), 'syntax'],
    ['text after the end', `${JSON.stringify(file)} {}`, 'syntax'],
    ['a trailing comma', '{"records":[{"a":1},]}', 'syntax'],
    ['a list, not an object', '[1,2,3]', 'shape'],
  ])('refuses a file %s', (_, bad, kind) => {
    expect(readInPieces(bad, [5])).toEqual({ ok: false, kind });
  });

  it('hands a record with broken JSON inside its brackets to the caller to refuse', () => {
    const out = readInPieces('{"records":[{"a":1]}]}', []);
    expect(out.ok).toBe(false);
  });

  it('refuses a member other than the records that is too long to be a format or a version', () => {
    expect(readInPieces(`{"format":"${'x'.repeat(20_000)}"}`, [100, 15_000])).toEqual({ ok: false, kind: 'shape' });
  });
});
