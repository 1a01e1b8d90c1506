/**
 * Parses `pocketsphinx_continuous -time yes` output: for each utterance its hypothesis line, then one
 * line per word `word start end posterior` (seconds) from `<s>` to `</s>`. An utterance cut off by the end
 * of the input (a commit in a short pause) may have no `</s>`: `end` reports it.
 */

export interface PocketsphinxUtterance {
  text: string;
  startMs: number;
  endMs: number;
  /** Mean word posterior of the recognised words, 0..1. */
  confidence: number;
}

const WORD_LINE = /^(\S+) (\d+\.\d+) (\d+\.\d+) (-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)$/i;
const FILLERS = /^(<s>|<\/s>|<sil>|\[.*\]|\+\+.*\+\+)$/;

export class PocketsphinxOutputParser {
  private hypothesis = '';
  private words: { start: number; end: number; p: number; filler: boolean }[] = [];

  /** Feeds one line of stdout; returns an utterance when its `</s>` line arrives. */
  line(raw: string): PocketsphinxUtterance | null {
    const line = raw.trim();
    const word = WORD_LINE.exec(line);
    if (!word) {
      if (line !== '') {
        this.hypothesis = line;
        this.words = [];
      }
      return null;
    }
    const [, w = '', start = '0', end = '0', p = '0'] = word;
    this.words.push({ start: Number(start), end: Number(end), p: Number(p), filler: FILLERS.test(w) });
    if (w !== '</s>') return null;
    return this.take(Number(end));
  }

  /** The output ended: an utterance whose words stopped before `</s>` is complete all the same. */
  end(): PocketsphinxUtterance | null {
    if (this.hypothesis === '' && this.words.length === 0) return null;
    return this.take(this.words.at(-1)?.end ?? 0);
  }

  private take(endSeconds: number): PocketsphinxUtterance | null {
    const real = this.words.filter((x) => !x.filler);
    const text = this.hypothesis;
    const first = this.words[0];
    const utterance: PocketsphinxUtterance = {
      text,
      startMs: Math.round((first?.start ?? 0) * 1000),
      endMs: Math.round(endSeconds * 1000),
      confidence:
        real.length === 0 ? 0 : Math.min(1, Math.max(0, real.reduce((s, x) => s + x.p, 0) / real.length)),
    };
    this.hypothesis = '';
    this.words = [];
    return text === '' ? null : utterance;
  }
}
