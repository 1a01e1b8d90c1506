/**
 * Maps the canonical expression names the client drives (VRM 1.0 presets) onto whatever a loaded model
 * provides. three-vrm already maps VRM 0.x presets (a/i/u/e/o, joy, sorrow, fun) to 1.0 names; models
 * from other tools sometimes only carry custom clips such as "A" or "Surprised", which this resolves.
 */

export const VISEME_EXPRESSIONS = ['aa', 'ih', 'ou', 'ee', 'oh'] as const;
export type VisemeExpression = (typeof VISEME_EXPRESSIONS)[number];

export const EMOTION_EXPRESSIONS = ['happy', 'sad', 'angry', 'surprised', 'relaxed'] as const;
export type EmotionExpression = (typeof EMOTION_EXPRESSIONS)[number];

export const BLINK_EXPRESSIONS = ['blink', 'blinkLeft', 'blinkRight'] as const;
export type BlinkExpression = (typeof BLINK_EXPRESSIONS)[number];

export type CanonicalExpression = VisemeExpression | EmotionExpression | BlinkExpression;

const ALIASES: Record<CanonicalExpression, readonly string[]> = {
  aa: ['aa', 'a', 'A', 'Fcl_MTH_A', 'vrc.v_aa'],
  ih: ['ih', 'i', 'I', 'Fcl_MTH_I', 'vrc.v_ih'],
  ou: ['ou', 'u', 'U', 'Fcl_MTH_U', 'vrc.v_ou'],
  ee: ['ee', 'e', 'E', 'Fcl_MTH_E', 'vrc.v_e'],
  oh: ['oh', 'o', 'O', 'Fcl_MTH_O', 'vrc.v_oh'],
  happy: ['happy', 'joy', 'Joy', 'Fcl_ALL_Joy'],
  sad: ['sad', 'sorrow', 'Sorrow', 'Fcl_ALL_Sorrow'],
  angry: ['angry', 'Angry', 'Fcl_ALL_Angry'],
  surprised: ['surprised', 'Surprised', 'surprise', 'Fcl_ALL_Surprised'],
  relaxed: ['relaxed', 'fun', 'Fun', 'Fcl_ALL_Fun'],
  blink: ['blink', 'Blink', 'Fcl_EYE_Close'],
  blinkLeft: ['blinkLeft', 'blink_l', 'Blink_L', 'Fcl_EYE_Close_L'],
  blinkRight: ['blinkRight', 'blink_r', 'Blink_R', 'Fcl_EYE_Close_R'],
};

export class ExpressionMap {
  private readonly resolved = new Map<CanonicalExpression, string>();

  constructor(available: Iterable<string>) {
    const names = new Set(available);
    const lower = new Map<string, string>();
    for (const n of names) lower.set(n.toLowerCase(), n);
    for (const [canonical, aliases] of Object.entries(ALIASES) as Array<
      [CanonicalExpression, readonly string[]]
    >) {
      const hit =
        aliases.find((a) => names.has(a)) ?? aliases.map((a) => lower.get(a.toLowerCase())).find(Boolean);
      if (hit) this.resolved.set(canonical, hit);
    }
  }

  /** The model's name for a canonical expression, or null when the model lacks it. */
  name(canonical: CanonicalExpression): string | null {
    return this.resolved.get(canonical) ?? null;
  }

  has(canonical: CanonicalExpression): boolean {
    return this.resolved.has(canonical);
  }

  /** Canonical expressions this model cannot show. */
  missing(): CanonicalExpression[] {
    return (Object.keys(ALIASES) as CanonicalExpression[]).filter((c) => !this.resolved.has(c));
  }
}
