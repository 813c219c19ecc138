import { randomBytes } from "node:crypto";
import { access, link, mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Raised instead of replacing a file that exists, unless asked to. */
export class FileExistsError extends Error {}

/** True when a file or directory is at that path. */
export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Writes a whole file or nothing: a temporary file beside it is moved into place. Without
 * `force`, an existing file is never replaced, even one that appears meanwhile.
 */
export async function writeAtomically(path: string, text: string, force: boolean): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  await writeFile(temp, text, { flag: "wx" });
  try {
    if (force) await rename(temp, path);
    else await link(temp, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") {
      throw new FileExistsError(
        `${path} already exists; nothing written (pass --force to replace it)`,
      );
    }
    throw err;
  } finally {
    await unlink(temp).catch(() => {});
  }
}
