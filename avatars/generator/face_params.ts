/**
 * Parameters of the expressive facial features (eyelids, brows, mouth) and the value of each VRM
 * expression. Morph targets are made by regenerating the features with an expression's parameters and
 * subtracting the neutral positions, so every target shares the neutral topology.
 */

export interface LidParams {
  /** Upper lid edge, degrees above the eye's horizontal at the middle of the eye. */
  upper: number;
  /** Raises the outer end of the upper lid (negative droops it), degrees. */
  upperTilt: number;
  /** Lower lid edge, degrees (negative = below the horizontal). */
  lower: number;
  lowerTilt: number;
}

export interface BrowParams {
  /** Whole brow up (metres). */
  lift: number;
  /** Inner end up relative to the outer end (metres); negative frowns. */
  inner: number;
}

export interface MouthParams {
  halfWidth: number;
  openUpper: number;
  openLower: number;
  /** Corners up (smile) or down (frown), metres. */
  cornerLift: number;
  /** 0..1 rounds and pushes the lips forward (ou, oh). */
  round: number;
}

export interface FaceParams {
  lidL: LidParams;
  lidR: LidParams;
  browL: BrowParams;
  browR: BrowParams;
  mouth: MouthParams;
}

const OPEN_LID: LidParams = { upper: 29, upperTilt: 2, lower: -19, lowerTilt: 3 };
const REST_BROW: BrowParams = { lift: 0, inner: 0 };

export const NEUTRAL: FaceParams = {
  lidL: OPEN_LID,
  lidR: OPEN_LID,
  browL: REST_BROW,
  browR: REST_BROW,
  mouth: { halfWidth: 0.0182, openUpper: 0, openLower: 0, cornerLift: 0.0024, round: 0 },
};

type Patch = {
  lid?: Partial<LidParams>;
  lidL?: Partial<LidParams>;
  lidR?: Partial<LidParams>;
  brow?: Partial<BrowParams>;
  mouth?: Partial<MouthParams>;
};

function patch(p: Patch): FaceParams {
  return {
    lidL: { ...NEUTRAL.lidL, ...p.lid, ...p.lidL },
    lidR: { ...NEUTRAL.lidR, ...p.lid, ...p.lidR },
    browL: { ...NEUTRAL.browL, ...p.brow },
    browR: { ...NEUTRAL.browR, ...p.brow },
    mouth: { ...NEUTRAL.mouth, ...p.mouth },
  };
}

const CLOSED: Partial<LidParams> = { upper: -15, upperTilt: 1 };

/** VRM 1.0 preset expressions, each as the face it makes at weight 1. */
export const EXPRESSION_FACES: Record<string, FaceParams> = {
  aa: patch({ mouth: { halfWidth: 0.0158, openUpper: 0.0035, openLower: 0.0155 } }),
  ih: patch({ mouth: { halfWidth: 0.0195, openUpper: 0.0018, openLower: 0.0058, cornerLift: 0.0024 } }),
  ou: patch({ mouth: { halfWidth: 0.0092, openUpper: 0.0032, openLower: 0.0062, cornerLift: 0, round: 1 } }),
  ee: patch({ mouth: { halfWidth: 0.0215, openUpper: 0.0016, openLower: 0.0036, cornerLift: 0.003 } }),
  oh: patch({
    mouth: { halfWidth: 0.0118, openUpper: 0.0048, openLower: 0.0112, cornerLift: 0, round: 0.6 },
  }),
  blinkLeft: patch({ lidL: CLOSED }),
  blinkRight: patch({ lidR: CLOSED }),
  happy: patch({
    lid: { upper: 21, lower: -7, lowerTilt: 4 },
    brow: { lift: 0.0022, inner: 0.0008 },
    mouth: { halfWidth: 0.0198, cornerLift: 0.0068, openUpper: 0.0012, openLower: 0.0048 },
  }),
  sad: patch({
    lid: { upper: 17, upperTilt: -7 },
    brow: { lift: 0.0006, inner: 0.0052 },
    mouth: { halfWidth: 0.0158, cornerLift: -0.0032 },
  }),
  angry: patch({
    lid: { upper: 14, upperTilt: 8, lower: -13 },
    brow: { lift: -0.0016, inner: -0.0048 },
    mouth: { halfWidth: 0.0152, cornerLift: -0.0022 },
  }),
  surprised: patch({
    lid: { upper: 34, lower: -20 },
    brow: { lift: 0.0062, inner: 0.0008 },
    mouth: { halfWidth: 0.0118, openUpper: 0.0038, openLower: 0.0105, cornerLift: 0, round: 0.5 },
  }),
  relaxed: patch({
    lid: { upper: 11, lower: -14 },
    brow: { lift: 0.0008, inner: 0.0006 },
    mouth: { cornerLift: 0.0042, halfWidth: 0.0182 },
  }),
};
