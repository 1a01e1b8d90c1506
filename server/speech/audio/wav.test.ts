import { describe, expect, it } from 'vitest';
import { encodeWav, parseWav, WavFormatError } from './wav.ts';

describe('WAV files', () => {
  it('round-trips PCM16 mono with a 44-byte header', () => {
    const samples = Int16Array.from([0, 1000, -1000, 32767, -32768]);
    const wav = encodeWav(samples, 22050);
    expect(wav.byteLength).toBe(44 + samples.length * 2);
    expect(String.fromCharCode(...wav.subarray(0, 4))).toBe('RIFF');
    const back = parseWav(wav);
    expect(back.sampleRate).toBe(22050);
    expect(back.channels).toBe(1);
    expect([...back.samples]).toEqual([...samples]);
  });

  it('finds the data chunk after a LIST chunk', () => {
    const plain = encodeWav(Int16Array.from([5, 6, 7]), 16000);
    const list = new Uint8Array([...new TextEncoder().encode('LIST'), 4, 0, 0, 0, 1, 2, 3, 4]);
    const withList = new Uint8Array([...plain.subarray(0, 36), ...list, ...plain.subarray(36)]);
    expect([...parseWav(withList).samples]).toEqual([5, 6, 7]);
  });

  it('rejects what is not 16-bit PCM WAV with a reason', () => {
    expect(() => parseWav(new TextEncoder().encode('hello world, not a wav'))).toThrow(WavFormatError);
    const wav = encodeWav(Int16Array.from([1]), 16000);
    new DataView(wav.buffer).setUint16(34, 8, true); // 8-bit
    expect(() => parseWav(wav)).toThrow(/16-bit PCM/);
  });
});
