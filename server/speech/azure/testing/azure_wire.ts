/**
 * Framing of the Azure Speech WebSocket protocol, as the SDK (1.52) reads and writes it. Test-only.
 *
 * Text frames: `Name: value` header lines separated by CRLF, a blank line, then the body. The SDK writes
 * `Name: value` (space after the colon) and parses case-insensitively, splitting each line at the first
 * colon and trimming, so `Name:value` works in both directions.
 *
 * Binary frames: a 2-byte big-endian header length, the ASCII header block (same `Name: value` lines),
 * then the raw payload. The SDK reads the header with `DataView.getInt8`, so headers must be ASCII.
 */

export interface WireMessage {
  /** Header names lower-cased, values trimmed. */
  headers: Record<string, string>;
  /** `path` header, lower-cased (`speech.config`, `ssml`, `audio`...). */
  path: string;
  requestId: string;
  text?: string;
  binary?: Buffer;
}

function parseHeaderBlock(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function toMessage(headers: Record<string, string>): WireMessage {
  return { headers, path: (headers.path ?? '').toLowerCase(), requestId: headers['x-requestid'] ?? '' };
}

export function parseTextFrame(frame: string): WireMessage {
  const split = frame.indexOf('\r\n\r\n');
  const headerBlock = split >= 0 ? frame.slice(0, split) : frame;
  const message = toMessage(parseHeaderBlock(headerBlock));
  message.text = split >= 0 ? frame.slice(split + 4) : '';
  return message;
}

export function parseBinaryFrame(frame: Buffer): WireMessage {
  if (frame.byteLength < 2) throw new Error('binary frame without a header length');
  const headerLength = frame.readUInt16BE(0);
  if (frame.byteLength < 2 + headerLength) throw new Error('binary frame shorter than its header');
  const message = toMessage(parseHeaderBlock(frame.subarray(2, 2 + headerLength).toString('latin1')));
  message.binary = frame.subarray(2 + headerLength);
  return message;
}

/** A service -> client text frame. */
export function textFrame(
  path: string,
  requestId: string,
  body: unknown,
  contentType = 'application/json',
): string {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  return `X-RequestId:${requestId}\r\nContent-Type:${contentType}\r\nPath:${path}\r\n\r\n${payload}`;
}

/** A service -> client binary frame (`Path:audio` with the stream id the `response` message announced). */
export function binaryFrame(path: string, requestId: string, body: Uint8Array, streamId?: string): Buffer {
  const streamHeader = streamId === undefined ? '' : `X-StreamId:${streamId}\r\n`;
  const header = Buffer.from(`X-RequestId:${requestId}\r\n${streamHeader}Path:${path}\r\n`, 'latin1');
  const prefix = Buffer.alloc(2);
  prefix.writeUInt16BE(header.byteLength, 0);
  return Buffer.concat([prefix, header, body]);
}

/** 100-ns ticks, the unit of every `Offset` and `Duration` in the protocol. */
export const TICKS_PER_MS = 10_000;
