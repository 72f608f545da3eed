import { readAnswersFile, type OpenedAnswers } from './answers-file.ts';
import { InvalidAnswersError } from './consult.ts';
import { isSyntaxIssue, parseStrictJson } from './answers-text.ts';
import type { AnswersFileJson } from './answers-file.ts';

/**
 * The share-link format: `#answers=v1.<base64url of deflate-raw(JSON)>`,
 * the JSON being the answers file (docs/consult-api.md) with its content
 * version. It lives in the URL fragment, which browsers never send to a
 * server. The `v1` prefix versions the encoding itself.
 */
export const shareLinkKey = 'answers';
export const shareLinkFormat = 'v1';

/**
 * The longest fragment read (characters, `#` included): four times the
 * longest link a consult makes (under 2,000), so a link is refused before
 * any work.
 */
export const maxShareFragmentChars = 8_192;
/**
 * The most a link may inflate to (bytes of JSON): checked while
 * inflating, which stops there, so no link holds the page for long.
 */
export const maxShareInflatedBytes = 65_536;
/** Compressed bytes fed to the inflater at a time (deflate expands ~1000x). */
const inflateSlice = 256;

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface on the readable side, read below.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

class TooLarge extends Error {}

/**
 * Inflates `bytes`, a slice at a time, and stops as soon as the output
 * passes `max` bytes (throws TooLarge): a small link that inflates to
 * megabytes is never inflated whole.
 */
async function inflateBounded(
  bytes: Uint8Array,
  max: number,
): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const writing = (async () => {
    for (let at = 0; at < bytes.length && !stopped; at += inflateSlice) {
      await writer.write(
        bytes.slice(at, at + inflateSlice) as Uint8Array<ArrayBuffer>,
      );
    }
    if (!stopped) await writer.close();
  })();
  // Errors surface on the readable side, read below.
  writing.catch(() => {});
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      stopped = true;
      await reader.cancel().catch(() => {});
      await writer.abort().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * The URL fragment (with its `#`) that carries an answers file.
 *
 * @example
 * const url = `${location.origin}${location.pathname}${await shareFragment(toAnswersFile(answers, audience))}`;
 */
export async function shareFragment(file: AnswersFileJson): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(file));
  const packed = await pipe(json, new CompressionStream('deflate-raw'));
  return `#${shareLinkKey}=${shareLinkFormat}.${toBase64Url(packed)}`;
}

/** Whether a URL fragment is a share link (whatever its format version). */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(`#${shareLinkKey}=`);
}

const linkProblem = (reason: string) =>
  new InvalidAnswersError([{ field: 'link', reason }]);

/**
 * Reads a share-link fragment back, through the same validation as an
 * answers file (`readAnswersFile`). Throws InvalidAnswersError when the
 * link is damaged, of an unknown format, or its answers are invalid.
 */
export async function readShareFragment(hash: string): Promise<OpenedAnswers> {
  if (!isShareFragment(hash)) throw linkProblem('not a share link');
  if (hash.length > maxShareFragmentChars) {
    throw linkProblem(
      `the link is ${hash.length} characters long; a share link is at most ${maxShareFragmentChars} (this is not a link the app made)`,
    );
  }
  const token = hash.slice(shareLinkKey.length + 2);
  const dot = token.indexOf('.');
  const format = dot < 0 ? '' : token.slice(0, dot);
  if (format !== shareLinkFormat) {
    throw linkProblem(
      `made in an unknown link format ("${format}"); this app reads ${shareLinkFormat}`,
    );
  }
  let text: string;
  try {
    const bytes = await inflateBounded(
      fromBase64Url(token.slice(dot + 1)),
      maxShareInflatedBytes,
    );
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TooLarge) {
      throw linkProblem(
        `the link holds more than ${maxShareInflatedBytes} bytes of answers (this is not a link the app made)`,
      );
    }
    throw linkProblem('the link is damaged or incomplete (copy it whole)');
  }
  // The answers file's own strict JSON (each key once, no __proto__).
  const json = parseStrictJson(text);
  if (!json.ok) {
    throw isSyntaxIssue(json.issue)
      ? linkProblem('the link is damaged or incomplete (copy it whole)')
      : new InvalidAnswersError([json.issue]);
  }
  return readAnswersFile(json.value);
}
