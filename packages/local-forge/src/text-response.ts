// The answer the emulators give to `__forge_fetch__`: a WHATWG Response whose body is text already in memory.
// Node's own Response (undici) wraps every body in a web stream and reads it back through a text decoder, about
// 30 µs a call; storage and Jira calls are most of an invocation's own work here, so the emulators answer with this
// instead. It behaves as a Response does for everything the Forge packages and the app use (status, ok, headers,
// text, json, arrayBuffer, a body read only once, clone), and hands over a real Response (`body`, `blob`,
// `formData`) for the rest.

class TextResponse {
  readonly type = 'default';
  readonly url = '';
  readonly redirected = false;
  /** As `new Response()` gives when none is named. */
  readonly statusText = '';
  #text: string | null;
  #headers: Record<string, string>;
  #headersObject: Headers | undefined;
  #real: Response | undefined;
  #used = false;

  constructor(
    readonly status: number,
    text: string | null,
    headers: Record<string, string>,
  ) {
    if (!Number.isInteger(status) || status < 200 || status > 599)
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive (got ${status}).`);
    if (text !== null && (status === 204 || status === 205 || status === 304))
      throw new TypeError(`Response with null body status (${status}) cannot have body`);
    this.#text = text;
    this.#headers = headers;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  get headers(): Headers {
    this.#headersObject ??= new Headers(this.#headers);
    return this.#headersObject;
  }

  get bodyUsed(): boolean {
    return this.#used || (this.#real?.bodyUsed ?? false);
  }

  /** A real Response with the same answer, for the rarely used parts (the body as a stream, blob, formData). */
  #asReal(): Response {
    this.#real ??= new Response(this.#text, { status: this.status, headers: this.#headers });
    return this.#real;
  }

  get body(): ReadableStream<Uint8Array> | null {
    return this.#text === null ? null : this.#asReal().body;
  }

  /** The body's text, once; after `body` was handed out, the real Response's (which reads its stream). */
  async #take(): Promise<string> {
    if (this.#real) return this.#real.text();
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    return this.#text ?? '';
  }

  text(): Promise<string> {
    return this.#take();
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.#take());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = new TextEncoder().encode(await this.#take());
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  async bytes(): Promise<Uint8Array> {
    return new TextEncoder().encode(await this.#take());
  }

  blob(): Promise<Blob> {
    return this.#asReal().blob();
  }

  formData(): Promise<FormData> {
    return this.#asReal().formData();
  }

  clone(): Response {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    if (this.#real) return this.#real.clone();
    return new TextResponse(this.status, this.#text, this.#headers) as unknown as Response;
  }
}

/** A Response answering `status` with `text` (or no body when null). */
export const textResponse = (status: number, text: string | null, headers: Record<string, string> = {}): Response =>
  new TextResponse(status, text, headers) as unknown as Response;

/** A Response answering `status` with `body` as JSON. */
export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  textResponse(status, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
