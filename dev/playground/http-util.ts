// Small helpers of the playground's HTTP server: JSON bodies in and out, plain answers.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bodies above this are refused: the page only sends one cell or one sidebar payload. */
const MAX_BODY = 5 * 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The names the playground answers to: this machine only (a page elsewhere cannot reach it). */
const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** A Host or Origin's host name, without the port. Example: "localhost:8080" → "localhost". */
function hostnameOf(host: string): string {
  const bracketed = /^\[[^\]]*\]/.exec(host);
  return (bracketed ? bracketed[0] : host.replace(/:\d*$/, '')).toLowerCase();
}

/**
 * Refuses what did not come from a page of this machine's playground: a Host header other
 * than a local name (DNS rebinding: evil.example resolving to 127.0.0.1), an Origin of
 * another site (a page elsewhere posting to localhost), a request the browser marks
 * cross-site. A client without Origin (curl, tests) is let through.
 */
export function assertLocal(request: IncomingMessage): void {
  const host = request.headers.host ?? '';
  if (!LOCAL_NAMES.has(hostnameOf(host)))
    throw new HttpError(403, `Host "${host}" is not this machine: open http://localhost instead`);
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const url = URL.canParse(origin) ? new URL(origin) : undefined;
    if (url?.protocol !== 'http:' || !LOCAL_NAMES.has(url.hostname.toLowerCase()))
      throw new HttpError(403, `Requests from ${origin} are refused`);
  }
  if (request.headers['sec-fetch-site'] === 'cross-site')
    throw new HttpError(403, 'Cross-site requests are refused');
}

/** The API takes JSON only: a form or text/plain post (which any page may send) is refused. */
export function assertJson(request: IncomingMessage): void {
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json')
    throw new HttpError(415, 'The API takes JSON only (Content-Type: application/json)');
}

export async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    const body = text === '' ? {} : JSON.parse(text);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error();
    return body as Record<string, unknown>;
  } catch {
    throw new HttpError(400, 'The body must be a JSON object');
  }
}

export function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': contentType,
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(body);
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

export function text(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  if (typeof v !== 'string') throw new HttpError(400, `"${key}" must be text`);
  return v;
}

export function int(body: Record<string, unknown>, key: string, min = 1): number {
  const v = body[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
    throw new HttpError(400, `"${key}" must be a whole number of at least ${min}`);
  return v;
}
