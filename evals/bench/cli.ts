/**
 * `npm run bench -- <turns|turn_cost|voice|avatar|startup> [options]`: benchmarks that print JSON figures.
 */
const BENCHES = {
  turns: 'runTurnsBench',
  voice: 'runVoiceBench',
  avatar: 'runAvatarBench',
  startup: 'runStartupBench',
  turn_cost: 'runTurnCostBench',
} as const;
type BenchName = keyof typeof BENCHES;
type BenchModule = Record<string, ((argv: string[]) => Promise<unknown>) | undefined>;

const [sub, ...rest] = process.argv.slice(2);
const USAGE = `usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [options]`;

async function main(): Promise<void> {
  if (!sub || !Object.hasOwn(BENCHES, sub)) {
    console.error(USAGE);
    process.exit(2);
  }
  const name = sub as BenchName;
  const mod = (await import(`./${name}.ts`)) as BenchModule;
  const run = mod[BENCHES[name]];
  if (!run) throw new Error(`bench "${name}" is not available in this build`);
  const report = await run(rest);
  if (report !== undefined) console.log(JSON.stringify(report, null, 2));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`bench: ${(err as Error).message}`);
    process.exit(1);
  },
);
