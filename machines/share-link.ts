import { readAnswersFile, type OpenedAnswers } from './answers-file.ts';
import { InvalidAnswersError } from './consult.ts';
import type { AnswersFileJson } from './answers-file.ts';

/**
 * The share-link format: `#answers=v1.<base64url of deflate-raw(JSON)>`,
 * the JSON being the answers file (docs/consult-api.md) with its content
 * version. It lives in the URL fragment, which browsers never send to a
 * server. The `v1` prefix versions the encoding itself.
 */
export const shareLinkKey = 'answers';
export const shareLinkFormat = 'v1';

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
  const token = hash.slice(shareLinkKey.length + 2);
  const dot = token.indexOf('.');
  const format = dot < 0 ? '' : token.slice(0, dot);
  if (format !== shareLinkFormat) {
    throw linkProblem(
      `made in an unknown link format ("${format}"); this app reads ${shareLinkFormat}`,
    );
  }
  let raw: unknown;
  try {
    const bytes = await pipe(
      fromBase64Url(token.slice(dot + 1)),
      new DecompressionStream('deflate-raw'),
    );
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw linkProblem('the link is damaged or incomplete (copy it whole)');
  }
  return readAnswersFile(raw);
}
