/**
 * The avatar manifest (`/avatars/manifest.json`): which VRM files exist, their names per locale, the TTS
 * voice per engine and locale, and the resting expression. Validated by hand to keep zod out of the page.
 */
import type { Expression, Locale } from '../../server/protocol/protocol.ts';

export interface AvatarEntry {
  id: string;
  file: string;
  /** Optional lower-resolution copy loaded on software GL. */
  fileLite?: string;
  displayName: Record<Locale, string>;
  voice: { espeak: Record<Locale, string>; azure: Record<Locale, string> };
  defaultExpression: Expression;
}

export interface AvatarManifest {
  version: 1;
  default: string;
  avatars: AvatarEntry[];
}

const EXPRESSIONS: readonly string[] = ['neutral', 'happy', 'sad', 'angry', 'surprised', 'relaxed'];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function localeStrings(v: unknown, where: string): Record<Locale, string> {
  if (!isRecord(v) || typeof v['zh-CN'] !== 'string' || typeof v['en'] !== 'string') {
    throw new Error(`${where} needs "zh-CN" and "en" strings`);
  }
  return { 'zh-CN': v['zh-CN'], en: v['en'] };
}

export function parseManifest(data: unknown): AvatarManifest {
  if (!isRecord(data) || data['version'] !== 1 || !Array.isArray(data['avatars'])) {
    throw new Error('avatar manifest: expected { version: 1, avatars: [...] }');
  }
  const avatars = data['avatars'].map((a: unknown, i): AvatarEntry => {
    const where = `avatars[${i}]`;
    if (!isRecord(a) || typeof a['id'] !== 'string' || typeof a['file'] !== 'string') {
      throw new Error(`${where} needs id and file`);
    }
    if (!/^[\w.-]+\.(vrm|glb)$/.test(a['file']))
      throw new Error(`${where}.file must be a .vrm/.glb file name`);
    const voice = a['voice'];
    if (!isRecord(voice)) throw new Error(`${where}.voice is missing`);
    const lite = a['fileLite'];
    if (lite !== undefined && (typeof lite !== 'string' || !/^[\w.-]+\.(vrm|glb)$/.test(lite))) {
      throw new Error(`${where}.fileLite must be a .vrm/.glb file name`);
    }
    const expr = a['defaultExpression'] ?? 'neutral';
    if (typeof expr !== 'string' || !EXPRESSIONS.includes(expr))
      throw new Error(`${where}.defaultExpression invalid`);
    return {
      id: a['id'],
      file: a['file'],
      ...(typeof lite === 'string' ? { fileLite: lite } : {}),
      displayName: localeStrings(a['displayName'], `${where}.displayName`),
      voice: {
        espeak: localeStrings(voice['espeak'], `${where}.voice.espeak`),
        azure: localeStrings(voice['azure'], `${where}.voice.azure`),
      },
      defaultExpression: expr as Expression,
    };
  });
  const first = avatars[0];
  if (!first) throw new Error('avatar manifest lists no avatars');
  const def = typeof data['default'] === 'string' ? data['default'] : first.id;
  if (!avatars.some((a) => a.id === def)) throw new Error(`avatar manifest default "${def}" is not listed`);
  return { version: 1, default: def, avatars };
}

export function pickAvatar(manifest: AvatarManifest, id?: string | null): AvatarEntry {
  const found = manifest.avatars.find((a) => a.id === (id ?? manifest.default));
  const fallback = manifest.avatars.find((a) => a.id === manifest.default) ?? manifest.avatars[0];
  const entry = found ?? fallback;
  if (!entry) throw new Error('no avatar available');
  return entry;
}

export async function fetchManifest(base = '/avatars/'): Promise<AvatarManifest> {
  const res = await fetch(`${base}manifest.json`);
  if (!res.ok) throw new Error(`avatar manifest failed to load: HTTP ${res.status}`);
  return parseManifest(await res.json());
}
