import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { systemTool } from "../builders/system-tool.ts";

const exec = promisify(execFile);

/** The page as headless Chromium drew it: a screenshot and the DOM after parsing. */
export interface Rendered {
  png: Buffer;
  dom: string;
}

/** A Chromium to render with: CHROME_PATH, or chromium, chromium-browser or google-chrome on PATH. */
export const CHROMIUM = systemTool(
  "the report's browser",
  ["chromium", "chromium-browser", "google-chrome"],
  "CHROME_PATH",
);

function findChromium(): string {
  if (CHROMIUM.path) return CHROMIUM.path;
  throw new Error(
    "no Chromium found, so the report cannot be rendered: run `apt-get install -y chromium` or set CHROME_PATH (.ci/run installs it)",
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
