import { createHmac, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const KEY_FILE = "hash.key";
const KEY_HEX = /^[0-9a-f]{64}$/;

/** Keyed hashing for values the store must group or match but never keep. */
export interface Hasher {
  user(userId: string): string;
  question(text: string): string;
}

/**
 * Reads the data dir's hash key, creating it (0600) on first use. The key stays on this machine,
 * so hashes of short values like Discord ids cannot be reversed by trying every id.
 */
export function loadHashKey(dataDir: string): Buffer {
  const file = join(dataDir, KEY_FILE);
  try {
    // `wx` fails if another process created the key first; then we read theirs.
    writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const hex = readFileSync(file, "utf8").trim();
  // Replacing a bad key would silently split every group and allow repeat votes, so refuse.
  if (!KEY_HEX.test(hex)) throw new Error(`${file} is not a 64-digit hex key`);
  return Buffer.from(hex, "hex");
}

/** HMAC-SHA256 hashers under one key; each kind of value is domain-separated. */
export function createHasher(key: Buffer): Hasher {
  const hmac = (kind: string, value: string) =>
    createHmac("sha256", key).update(`${kind}\0${value}`).digest("hex");
  return {
    user: (userId) => hmac("user", userId),
    question: (text) => hmac("question", normalizeQuestion(text)),
  };
}

/** Case, spacing and trailing punctuation do not make a different question. */
export function normalizeQuestion(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s?!.]+$/, "");
}
