/** Child entry for one suite: `worker.ts <suite> <options JSON>`; sends back `run()`'s result. */
const [suite = "", options = "{}"] = process.argv.slice(2);
const finish = (message: unknown) => process.send?.(message, () => process.exit(0));
try {
  if (!/^[a-z-]+$/.test(suite)) throw new Error(`bad suite name ${suite}`);
  const mod = (await import(`./${suite}.ts`)) as { run(options: unknown): Promise<unknown> };
  finish({ result: await mod.run(JSON.parse(options)) });
} catch (err) {
  finish({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}
