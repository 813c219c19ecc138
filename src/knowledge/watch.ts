import { watch } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import type { Logger } from "../logger.ts";
import { formatProblems, parseKnowledge } from "./load.ts";
import type { Knowledge } from "./schema.ts";

const DEBOUNCE_MS = 200;

/**
 * Watches a knowledge file and hands over each valid new version. An invalid edit is logged with
 * its line numbers and ignored, so the previous version keeps serving. Returns a stop function.
 */
export function watchKnowledge(
  file: string,
  onChange: (knowledge: Knowledge) => void,
  log: Logger,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let last = "";
  const reload = async () => {
    let source: string;
    try {
      source = await readFile(file, "utf8");
    } catch (err) {
      log.warn(
        { file, reason: (err as Error).message },
        "knowledge file unreadable; keeping the previous version",
      );
      return;
    }
    if (source === last) return;
    last = source;
    const result = parseKnowledge(source);
    if (!result.ok) {
      log.error(
        { file, problems: formatProblems(file, result.problems) },
        "knowledge edit is invalid; keeping the previous version",
      );
      return;
    }
    onChange(result.knowledge);
  };
  void readFile(file, "utf8").then(
    (s) => {
      last = s;
    },
    () => {},
  );
  // Editors often save by writing a new file and renaming it, so watch the folder, not the file.
  const watcher = watch(dirname(file), (_event, name) => {
    if (name && name.toString() !== basename(file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), DEBOUNCE_MS);
  });
  watcher.on("error", (err) => log.warn({ reason: err.message }, "knowledge watcher failed"));
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
