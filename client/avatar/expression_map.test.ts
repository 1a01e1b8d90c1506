/** Expression names of VRM 1.0, VRM 0.x and VRoid custom clips resolve to the canonical set. */
import { describe, expect, it } from 'vitest';
import { ExpressionMap } from './expression_map.ts';
import { ExpressionMixer } from './expression_mixer.ts';

describe('ExpressionMap', () => {
  it('uses VRM 1.0 names directly', () => {
    const m = new ExpressionMap(['aa', 'ih', 'ou', 'ee', 'oh', 'blink', 'happy']);
    expect(m.name('aa')).toBe('aa');
    expect(m.name('surprised')).toBeNull();
    expect(m.missing()).toContain('surprised');
  });

  it('maps VRM 0.x blend shape names (A I U E O, Joy, Sorrow, Fun)', () => {
    const m = new ExpressionMap([
      'A',
      'I',
      'U',
      'E',
      'O',
      'Blink',
      'Joy',
      'Sorrow',
      'Fun',
      'Angry',
      'Blink_L',
      'Blink_R',
    ]);
    expect([m.name('aa'), m.name('ih'), m.name('ou'), m.name('ee'), m.name('oh')]).toEqual([
      'A',
      'I',
      'U',
      'E',
      'O',
    ]);
    expect(m.name('happy')).toBe('Joy');
    expect(m.name('sad')).toBe('Sorrow');
    expect(m.name('relaxed')).toBe('Fun');
    expect(m.name('blinkLeft')).toBe('Blink_L');
  });

  it('finds VRoid custom clips case-insensitively', () => {
    const m = new ExpressionMap(['fcl_mth_a', 'SURPRISED']);
    expect(m.name('aa')).toBe('fcl_mth_a');
    expect(m.name('surprised')).toBe('SURPRISED');
  });
});

describe('ExpressionMixer', () => {
  it('sums layers, clamps, damps blinks while smiling and writes model names', () => {
    const written = new Map<string, number>();
    const mixer = new ExpressionMixer(new ExpressionMap(['A', 'Joy', 'Blink']), (n, w) => written.set(n, w));
    mixer.set('viseme', 'aa', 0.8);
    mixer.set('gesture', 'aa', 0.5);
    mixer.set('emotion', 'happy', 1);
    mixer.set('blink', 'blink', 1);
    const out = mixer.commit();
    expect(out.aa).toBe(1);
    expect(written.get('A')).toBe(1);
    expect(written.get('Joy')).toBe(1);
    expect(written.get('Blink')).toBeCloseTo(0.55, 5);
    expect(mixer.weights().happy).toBe(1);
  });
});
