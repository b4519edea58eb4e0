// The emulators' answer behaves as Node's own Response does for what callers use: status words, ok, headers, the
// body read once as text, JSON or bytes, clone, and the body as a stream when asked for.
import { jsonResponse, textResponse } from '../src/text-response';

const both = (status: number, text: string | null, headers: Record<string, string> = {}) => ({
  ours: textResponse(status, text, headers),
  node: new Response(text, { status, headers }),
});

describe('textResponse', () => {
  it.each([
    [200, '{"a":1}'],
    [204, null],
    [404, '{"code":"KEY_NOT_FOUND"}'],
    [429, ''],
    [500, 'boom'],
  ])('answers %i like a Response: status, ok, statusText, headers and text', async (status, text) => {
    const { ours, node } = both(status, text, { 'content-type': 'application/json', 'Retry-After': '3' });
    expect([ours.status, ours.ok, ours.statusText, ours.bodyUsed]).toEqual([node.status, node.ok, node.statusText, node.bodyUsed]);
    expect(ours.headers.get('retry-after')).toBe('3');
    expect(ours.headers.get('Content-Type')).toBe(node.headers.get('content-type'));
    expect(await ours.text()).toBe(await node.text());
    expect(ours.bodyUsed).toBe(true);
  });

  it('gives its body once, as a Response does', async () => {
    const r = jsonResponse(200, { value: 'ü' });
    expect(await r.json()).toEqual({ value: 'ü' });
    await expect(r.text()).rejects.toThrow(TypeError);
    expect(() => r.clone()).toThrow(TypeError);
  });

  it('clones before reading, and reads bytes as UTF-8', async () => {
    const r = textResponse(200, 'ça');
    const copy = r.clone();
    expect(new Uint8Array(await r.arrayBuffer())).toEqual(new Uint8Array([0xc3, 0xa7, 0x61]));
    expect(await copy.text()).toBe('ça');
  });

  it('hands out its body as a stream, and then reads it from there', async () => {
    const r = textResponse(200, 'streamed');
    expect(r.body).not.toBeNull();
    expect(await r.text()).toBe('streamed');
    expect(textResponse(204, null).body).toBeNull();
  });

  it('refuses what Response refuses: a status outside 200–599, a body on 204', () => {
    // Node's errors come from outside the test's realm, so they are told apart by name.
    const nameOf = (f: () => unknown) => {
      try {
        f();
        return 'nothing thrown';
      } catch (e) {
        return (e as Error).name;
      }
    };
    expect([nameOf(() => new Response(null, { status: 99 })), nameOf(() => textResponse(99, null))]).toEqual(['RangeError', 'RangeError']);
    expect([nameOf(() => new Response('x', { status: 204 })), nameOf(() => textResponse(204, 'x'))]).toEqual(['TypeError', 'TypeError']);
  });
});
