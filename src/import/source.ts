import { readFile } from "node:fs/promises";

/** A source that cannot be imported: missing, empty, or not text. */
export class SourceError extends Error {}

/** Reads a Markdown source from a file, or from stdin for "-"; text only. */
export async function readSource(
  path: string,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<string> {
  const name = path === "-" ? "stdin" : path;
  let bytes: Buffer;
  try {
    bytes = path === "-" ? await readAll(stdin) : await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new SourceError(`${name}: file not found`);
    if (code === "EISDIR") throw new SourceError(`${name}: is a directory, not a Markdown file`);
    if (code === "EACCES") throw new SourceError(`${name}: permission denied`);
    throw new SourceError(`${name}: cannot be read (${(err as Error).message})`);
  }
  // A NUL byte or invalid UTF-8 means a binary file (an image, a PDF, a .docx).
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error("binary");
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError(`${name}: is not a text file; give a Markdown (.md) file`);
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new SourceError(`${name}: is empty; nothing to import`);
  return text;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
