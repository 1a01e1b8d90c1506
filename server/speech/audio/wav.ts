/**
 * WAV files: parse PCM16 WAVs (walking the RIFF chunks, so `LIST`/`fact` chunks before `data` are fine)
 * and write PCM16 mono WAVs with a proper 44-byte header.
 */

export interface PcmAudio {
  /** PCM16 little-endian samples. */
  samples: Int16Array;
  sampleRate: number;
  channels: number;
}

export class WavFormatError extends Error {
  override name = 'WavFormatError';
}

/** Parses a 16-bit PCM WAV; multi-channel audio is kept interleaved (see `toMono`). */
export function parseWav(bytes: Uint8Array): PcmAudio {
  if (bytes.byteLength < 12) throw new WavFormatError('not a WAV file: too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new WavFormatError('not a WAV file: no RIFF/WAVE header');
  let offset = 12;
  let format:
    { audioFormat: number; channels: number; sampleRate: number; bitsPerSample: number } | undefined;
  while (offset + 8 <= bytes.byteLength) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > bytes.byteLength) throw new WavFormatError('WAV fmt chunk is truncated');
      format = {
        audioFormat: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!format) throw new WavFormatError('WAV data chunk comes before its fmt chunk');
      // 0xFFFE is WAVE_FORMAT_EXTENSIBLE, used by some tools for plain PCM.
      if ((format.audioFormat !== 1 && format.audioFormat !== 0xfffe) || format.bitsPerSample !== 16) {
        throw new WavFormatError(
          `unsupported WAV encoding (format ${format.audioFormat}, ${format.bitsPerSample}-bit): need 16-bit PCM`,
        );
      }
      if (format.channels < 1) throw new WavFormatError('WAV has no channels');
      const end = Math.min(bytes.byteLength, body + size);
      const length = Math.floor((end - body) / 2);
      const samples = new Int16Array(length);
      for (let i = 0; i < length; i++) samples[i] = view.getInt16(body + i * 2, true);
      return { samples, sampleRate: format.sampleRate, channels: format.channels };
    }
    offset = body + size + (size % 2);
  }
  throw new WavFormatError('WAV has no data chunk');
}

/** Averages interleaved channels into one. */
export function toMono(audio: PcmAudio): PcmAudio {
  if (audio.channels === 1) return audio;
  const frames = Math.floor(audio.samples.length / audio.channels);
  const out = new Int16Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let c = 0; c < audio.channels; c++) sum += audio.samples[f * audio.channels + c] ?? 0;
    out[f] = Math.round(sum / audio.channels);
  }
  return { samples: out, sampleRate: audio.sampleRate, channels: 1 };
}

/** A mono PCM16 WAV file. */
export function encodeWav(samples: Int16Array, sampleRate: number): Uint8Array {
  const dataBytes = samples.length * 2;
  const out = new Uint8Array(44 + dataBytes);
  const view = new DataView(out.buffer);
  const ascii = (at: number, s: string): void => {
    for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) view.setInt16(44 + i * 2, samples[i] ?? 0, true);
  return out;
}
