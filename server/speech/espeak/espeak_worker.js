// @ts-check
/**
 * eSpeak NG (GPL-3.0, via @echogarden/espeak-ng-emscripten) runs here, in its own worker thread, loaded
 * with a dynamic import: the rest of the server never links it, and it stays an optional dependency.
 * Protocol: see espeak_events.ts. Plain JavaScript so it loads the same under tsx, vitest and node.
 * `workerData.cancel` is an Int32Array on shared memory: when its value equals the running job's id the
 * synthesis callback asks eSpeak to stop.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const port = parentPort;
if (!port) throw new Error('espeak_worker.js must run as a worker thread');
/** @type {Int32Array} */
const cancel = workerData.cancel;

/** Typical replies: the first passes through eSpeak's WebAssembly are several times slower than later ones. */
/** @type {Record<string, string[]>} */
const WARMUP = {
  cmn: [
    '您好，请问有什么可以帮您？',
    '好的，已为您查询到账户余额为1234.56元。',
    '请携带身份证到柜台办理挂失手续，谢谢！',
  ],
  'en-us': [
    'Hello, how can I help you today?',
    'Your balance is 1,234.56 yuan.',
    'Please bring your ID card to the counter. Thank you!',
  ],
};

/** @type {any} */
let engine;
let currentVoice = '';

/** @param {string} voice */
function setVoice(voice) {
  if (voice !== currentVoice) {
    engine.set_voice(voice);
    currentVoice = voice;
  }
}

/**
 * @param {number} jobId
 * @param {string} voice
 * @param {string} text
 * @param {number | undefined} rate
 */
function synth(jobId, voice, text, rate) {
  if (Atomics.load(cancel, 0) === jobId) {
    port.postMessage({ type: 'done', jobId, aborted: true });
    return;
  }
  setVoice(voice);
  engine.set_rate(rate ?? 175);
  port.postMessage({ type: 'started', jobId });
  let aborted = false;
  engine.synthesize_and_get_phonemes(
    text,
    (/** @type {Int16Array} */ samples, /** @type {unknown[]} */ events) => {
      if (Atomics.load(cancel, 0) === jobId) {
        aborted = true;
        return true; // asks eSpeak to stop
      }
      port.postMessage({ type: 'audio', jobId, samples, events }, [samples.buffer]);
      return false;
    },
  );
  port.postMessage({ type: 'done', jobId, aborted });
}

/** @param {string[]} voices */
function warmUp(voices) {
  for (let round = 0; round < 2; round++) {
    for (const voice of voices) {
      setVoice(voice);
      for (const text of WARMUP[voice] ?? WARMUP['en-us'] ?? [])
        engine.synthesize_and_get_phonemes(text, () => false);
    }
  }
}

/** @typedef {{ type: 'warmup', voices: string[] } | { type: 'synth', jobId: number, voice: string, text: string, rate?: number }} ToWorker */

async function init() {
  const t0 = performance.now();
  try {
    const mod = await import('@echogarden/espeak-ng-emscripten');
    const m = await mod.default();
    engine = new m.eSpeakNGWorker();
  } catch (err) {
    port.postMessage({ type: 'unavailable', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  const initMs = performance.now() - t0;
  port.on('message', (/** @type {ToWorker} */ msg) => {
    if (msg.type === 'warmup') {
      const t1 = performance.now();
      warmUp(msg.voices);
      const warmupMs = performance.now() - t1;
      port.postMessage({ type: 'ready', sampleRate: engine.get_samplerate(), initMs, warmupMs });
      return;
    }
    try {
      synth(msg.jobId, msg.voice, msg.text, msg.rate);
    } catch (err) {
      port.postMessage({
        type: 'error',
        jobId: msg.jobId,
        message: err instanceof Error ? err.message : String(err),
      });
    }
  });
}

init();
