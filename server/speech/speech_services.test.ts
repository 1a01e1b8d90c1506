import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.ts';
import { createSpeechServices } from './speech_services.ts';
import { STT_MODEL_MISSING_NOTE } from './sherpa/sherpa_model_dir.ts';
import { pocketsphinxAvailability } from './pocketsphinx/pocketsphinx_stt.ts';
import { espeakPackageInstalled } from './espeak/espeak_worker_client.ts';

const hasPocketsphinx = pocketsphinxAvailability().available;
const hasEspeak = espeakPackageInstalled();

describe('speech services capabilities', () => {
  it('says Mandarin voice input needs a model when none is configured, in both languages', async () => {
    const services = await createSpeechServices({
      ttsEngine: 'none',
      sttEngine: 'sherpa',
      endpointSilenceMs: 400,
    });
    const caps = services.capabilities();
    expect(caps.voiceInput['zh-CN']).toBe(false);
    expect(caps.notes.some((n) => n.includes(STT_MODEL_MISSING_NOTE) && n.includes('普通话'))).toBe(true);
    expect(services.health().stt.reason).toContain(STT_MODEL_MISSING_NOTE);
    await services.close();
  });

  it('reports no voice at all when both engines are off', async () => {
    const services = await createSpeechServices({
      ttsEngine: 'none',
      sttEngine: 'none',
      endpointSilenceMs: 400,
    });
    expect(services.capabilities()).toMatchObject({
      textChat: true,
      voiceInput: { 'zh-CN': false, en: false },
      voiceOutput: { 'zh-CN': false, en: false },
    });
    expect(services.tts).toBeNull();
    expect(services.stt).toBeNull();
  });

  it.skipIf(!hasPocketsphinx || !hasEspeak)('offers English input and both outputs offline', async () => {
    const services = await createSpeechServices({
      ttsEngine: 'espeak',
      sttEngine: 'pocketsphinx',
      endpointSilenceMs: 400,
    });
    const caps = services.capabilities();
    expect(caps.voiceInput).toEqual({ 'zh-CN': false, en: true });
    expect(caps.voiceOutput).toEqual({ 'zh-CN': true, en: true });
    expect(services.health().vad.available).toBe(true);
    await services.close();
  });

  it.skipIf(!hasEspeak)(
    'falls back to the offline voice when Azure cannot be set up, and says why',
    async () => {
      const services = await createSpeechServices(
        { ttsEngine: 'azure', sttEngine: 'none', endpointSilenceMs: 400, azure: {} },
        { logger: silentLogger() },
      );
      expect(services.tts?.name).toBe('espeak');
      expect(services.health().tts.reason).toMatch(/Azure Speech unavailable/);
      await services.close();
    },
  );
});
