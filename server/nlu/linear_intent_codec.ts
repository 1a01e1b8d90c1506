/**
 * JSON form of a trained `LinearIntentModel`: vocabulary as strings, numeric arrays (linear weights and the
 * optional hidden-layer network) as base64 Float32/Uint8, so a model for a few thousand examples is a few MB
 * and loads in milliseconds.
 */
import { z } from 'zod';
import type { NetworkWeights } from './hidden_layer_network.ts';
import { LinearIntentModel, type LinearIntentConfig } from './linear_intent_model.ts';
import { TfidfVectorizer } from './tfidf_vectorizer.ts';
import { decodeFloat32, decodeUint8, encodeTyped } from './typed_array_codec.ts';

const WeightsJson = z.object({
  classes: z.number().int().positive(),
  features: z.number().int().nonnegative(),
  w: z.string(),
  bias: z.string(),
});

const NetworkJson = z.object({
  features: z.number().int().nonnegative(),
  hidden: z.number().int().positive(),
  classes: z.number().int().positive(),
  w1: z.string(),
  b1: z.string(),
  w2: z.string(),
  b2: z.string(),
});

function encodeNetwork(m: NetworkWeights): z.infer<typeof NetworkJson> {
  const { features, hidden, classes } = m;
  return { features, hidden, classes, ...mapArrays(m, encodeTyped) };
}

function decodeNetwork(json: z.infer<typeof NetworkJson>): NetworkWeights {
  const { features, hidden, classes } = json;
  const m = { features, hidden, classes, ...mapArrays(json, decodeFloat32) };
  if (
    m.w1.length !== features * hidden ||
    m.b1.length !== hidden ||
    m.w2.length !== classes * hidden ||
    m.b2.length !== classes
  ) {
    throw new Error('intent model network does not match its shape');
  }
  return m;
}

function mapArrays<A, B>(m: { w1: A; b1: A; w2: A; b2: A }, f: (a: A) => B) {
  return { w1: f(m.w1), b1: f(m.b1), w2: f(m.w2), b2: f(m.b2) };
}

export const LinearIntentJson = z.object({
  /** The config is written by us and read back as is; only its presence is checked. */
  config: z.record(z.string(), z.unknown()),
  labels: z.array(z.string()).min(2),
  vocabulary: z.array(z.string()),
  idf: z.string(),
  groups: z.string(),
  models: z.array(WeightsJson).min(1),
  network: NetworkJson.nullable(),
  weights: z.array(z.number()),
  threshold: z.number(),
});
export type LinearIntentJson = z.infer<typeof LinearIntentJson>;

export function encodeLinearIntentModel(model: LinearIntentModel): LinearIntentJson {
  const { config, labels, vectorizer, models, network, weights, threshold } = model.state;
  return {
    config: config as unknown as Record<string, unknown>,
    labels,
    vocabulary: vectorizer.state.vocabulary,
    idf: encodeTyped(vectorizer.state.idf),
    groups: encodeTyped(vectorizer.state.groups),
    models: models.map((m) => ({
      classes: m.classes,
      features: m.features,
      w: encodeTyped(m.w),
      bias: encodeTyped(m.bias),
    })),
    network: network ? encodeNetwork(network) : null,
    weights: [...weights],
    threshold,
  };
}

export function decodeLinearIntentModel(raw: unknown): LinearIntentModel {
  const json = LinearIntentJson.parse(raw);
  const config = json.config as unknown as LinearIntentConfig;
  const vectorizer = new TfidfVectorizer({
    config: config.vectorizer,
    vocabulary: json.vocabulary,
    idf: decodeFloat32(json.idf),
    groups: decodeUint8(json.groups),
  });
  const models = json.models.map((m) => {
    const w = decodeFloat32(m.w);
    const bias = decodeFloat32(m.bias);
    if (
      w.length !== m.classes * m.features ||
      bias.length !== m.classes ||
      m.classes !== json.labels.length
    ) {
      throw new Error('intent model weights do not match their shape');
    }
    return { classes: m.classes, features: m.features, w, bias };
  });
  const network = json.network ? decodeNetwork(json.network) : null;
  if (
    vectorizer.state.idf.length !== json.vocabulary.length ||
    models.some((m) => m.features !== json.vocabulary.length) ||
    (network !== null &&
      (network.features !== json.vocabulary.length || network.classes !== json.labels.length))
  ) {
    throw new Error('intent model vocabulary does not match its arrays');
  }
  return new LinearIntentModel({
    config,
    labels: json.labels,
    vectorizer,
    models,
    network,
    weights: Float64Array.from(json.weights),
    threshold: json.threshold,
  });
}
