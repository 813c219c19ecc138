import { execFile } from "node:child_process";
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const exec = promisify(execFile);

/** The page as headless Chromium drew it: a screenshot and the DOM after parsing. */
export interface Rendered {
  png: Buffer;
  dom: string;
}

/** Chromium on PATH (Debian's `chromium`), or a failure that says how to get it. */
export function findChromium(): string {
  const dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/bin"];
  for (const dir of dirs) {
    const candidate = join(dir, "chromium");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  throw new Error(
    "chromium is not installed, so the report cannot be rendered: run `apt-get install -y chromium` (.ci/run installs it)",
  );
}

/** Renders a local HTML file in headless Chromium with no network and a throwaway profile. */
export async function renderInChromium(
  file: string,
  size = { width: 1200, height: 1600 },
): Promise<Rendered> {
  const chromium = findChromium();
  const work = mkdtempSync(join(tmpdir(), "askme-chromium-"));
  try {
    // Each run gets its own profile: Chromium locks the one it uses.
    const run = (profile: string, mode: string) =>
      exec(
        chromium,
        [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          `--user-data-dir=${join(work, profile)}`,
          `--window-size=${size.width},${size.height}`,
          mode,
          pathToFileURL(file).href,
        ],
        { timeout: 60_000, maxBuffer: 32 * 1024 * 1024 },
      );
    const shot = join(work, "page.png");
    await run("shot", `--screenshot=${shot}`);
    const { stdout } = await run("dom", "--dump-dom");
    return { png: readFileSync(shot), dom: stdout };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Every `data-metric` number in a page, by metric name (repeated metrics in page order). */
export function metricsIn(html: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of html.matchAll(/data-metric="([^"]+)"[^>]*>([^<]*)</g)) {
    const [, name = "", value = ""] = m;
    out[name] = [...(out[name] ?? []), value];
  }
  return out;
}
