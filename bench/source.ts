/** Looks things up in src/ at report time, so notes point at the code as it is now. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** `file:line` of the first line containing `snippet`, or just the file when it moved away. */
export function at(file: string, snippet: string): string {
  try {
    const index = readFileSync(file, "utf8")
      .split("\n")
      .findIndex((l) => l.includes(snippet));
    return index >= 0 ? `\`${file}:${index + 1}\`` : `\`${file}\` (\`${snippet}\` no longer found)`;
  } catch {
    return `\`${file}\``;
  }
}

/** Whether a source file matches `pattern`. */
export function has(file: string, pattern: RegExp): boolean {
  try {
    return pattern.test(readFileSync(file, "utf8"));
  } catch {
    return false;
  }
}

/** `file:line` of the first line matching `pattern` in a source folder, or null. */
export function findInSrc(dir: string, pattern: RegExp): string | null {
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
    const lines = readFileSync(join(dir, name), "utf8").split("\n");
    const index = lines.findIndex((l) => pattern.test(l));
    if (index >= 0) return `${join(dir, name)}:${index + 1}`;
  }
  return null;
}
