/** Typed arrays to and from base64 strings, for compact JSON model files (little-endian, as on x86/ARM). */

export function encodeTyped(a: Float32Array | Uint8Array | Int32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function bytesOf(b64: string, elementSize: number): Buffer {
  const buf = Buffer.from(b64, 'base64');
  if (buf.byteLength % elementSize !== 0) throw new Error('typed array payload has a partial element');
  // Copy so the result is aligned and owns its memory.
  return Buffer.from(buf);
}

export function decodeFloat32(b64: string): Float32Array {
  const b = bytesOf(b64, 4);
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

export function decodeUint8(b64: string): Uint8Array {
  return new Uint8Array(bytesOf(b64, 1));
}
