/**
 * JSON form of a trained `LinearIntentModel`: vocabulary as strings, numeric arrays as base64 Float32/Uint8,
 * so a model for a few thousand examples is a few MB and loads in milliseconds.
 */
import { z } from 'zod';
import { LinearIntentModel, type LinearIntentConfig } from './linear_intent_model.ts';
import { TfidfVectorizer } from './tfidf_vectorizer.ts';
import { decodeFloat32, decodeUint8, encodeTyped } from './typed_array_codec.ts';

const WeightsJson = z.object({
  classes: z.number().int().positive(),
  features: z.number().int().nonnegative(),
  w: z.string(),
  bias: z.string(),
});

export const LinearIntentJson = z.object({
  /** The config is written by us and read back as is; only its presence is checked. */
  config: z.record(z.string(), z.unknown()),
  labels: z.array(z.string()).min(2),
  vocabulary: z.array(z.string()),
  idf: z.string(),
  groups: z.string(),
  models: z.array(WeightsJson).min(1),
  weights: z.array(z.number()),
  threshold: z.number(),
});
export type LinearIntentJson = z.infer<typeof LinearIntentJson>;

export function encodeLinearIntentModel(model: LinearIntentModel): LinearIntentJson {
  const { config, labels, vectorizer, models, weights, threshold } = model.state;
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
  if (
    vectorizer.state.idf.length !== json.vocabulary.length ||
    models.some((m) => m.features !== json.vocabulary.length)
  ) {
    throw new Error('intent model vocabulary does not match its arrays');
  }
  return new LinearIntentModel({
    config,
    labels: json.labels,
    vectorizer,
    models,
    weights: Float64Array.from(json.weights),
    threshold: json.threshold,
  });
}
