import { Writable } from "node:stream";

/** A writable stream that keeps every line written to it, for log assertions. */
export interface LineCollector extends Writable {
  readonly lines: string[];
  /** Everything written, joined. */
  text(): string;
}

export function collectLines(): LineCollector {
  const lines: string[] = [];
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { lines, text: () => lines.join("") });
}
