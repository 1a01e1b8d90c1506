import { describe, expect, it } from 'vitest';
import { EndpointDetector, type EndpointEvent } from './endpoint_detector.ts';

/** Feeds a pattern of 32 ms frames: '#' speech (0.9), '+' weak speech (0.4), '.' silence (0.05). */
function run(pattern: string, options = {}): EndpointEvent[] {
  const d = new EndpointDetector(options);
  const out: EndpointEvent[] = [];
  [...pattern].forEach((c, i) => out.push(...d.push(c === '#' ? 0.9 : c === '+' ? 0.4 : 0.05, i * 32, 32)));
  out.push(...d.flush(pattern.length * 32));
  return out;
}

describe('EndpointDetector', () => {
  it('starts a turn at the first voiced frame once min speech is reached and ends it after the silence', () => {
    const events = run('.....##########..............');
    expect(events).toEqual([
      { type: 'speech_start', atMs: 160, confirmedAtMs: 160 + 8 * 32 },
      { type: 'end_of_turn', atMs: 160 + 10 * 32 + 13 * 32, speechStartMs: 160, lastVoicedMs: 160 + 10 * 32 },
    ]);
  });

  it('ignores a click shorter than min speech', () => {
    expect(run('....###...................')).toEqual([]);
  });

  it('keeps a turn through pauses shorter than endpointSilenceMs and weak frames (hysteresis)', () => {
    const events = run('##########........++++##########..............');
    expect(events.filter((e) => e.type === 'end_of_turn')).toHaveLength(1);
  });

  it('splits turns at the configured silence', () => {
    const pattern = '##########..............##########..............';
    expect(run(pattern, { endpointSilenceMs: 400 }).filter((e) => e.type === 'end_of_turn')).toHaveLength(2);
    expect(run(pattern, { endpointSilenceMs: 700 }).filter((e) => e.type === 'end_of_turn')).toHaveLength(1);
  });

  it('ends a turn in progress when the audio stops', () => {
    const events = run('..##########');
    expect(events.at(-1)).toMatchObject({ type: 'end_of_turn', atMs: 12 * 32 });
  });

  it('reports a pause inside a turn and the voice coming back, without ending the turn', () => {
    const events = run('##########.......##########..............', { pauseMs: 100 });
    expect(events.map((e) => e.type)).toEqual([
      'speech_start',
      'speech_pause',
      'speech_resume',
      'speech_pause',
      'end_of_turn',
    ]);
    expect(events[1]).toEqual({ type: 'speech_pause', atMs: 10 * 32 + 4 * 32, lastVoicedMs: 10 * 32 });
    expect(events[2]).toEqual({ type: 'speech_resume', atMs: 17 * 32, confirmedAtMs: 25 * 32 });
  });

  it('does not take a click in a pause for the voice coming back', () => {
    const events = run('##########.......##...........', { pauseMs: 100 });
    expect(events.map((e) => e.type)).toEqual(['speech_start', 'speech_pause', 'end_of_turn']);
  });

  it('reports no pauses unless asked, nor pauses as long as the endpoint silence', () => {
    expect(run('##########.......##########..............').map((e) => e.type)).toEqual([
      'speech_start',
      'end_of_turn',
    ]);
    const same = run('##########..............', { pauseMs: 400, endpointSilenceMs: 400 });
    expect(same.map((e) => e.type)).toEqual(['speech_start', 'end_of_turn']);
  });
});
