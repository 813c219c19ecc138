/** HTTP plumbing: reading bodies (JSON and multipart/form-data) and writing JSON replies. */

import type { IncomingMessage, ServerResponse } from "node:http";
import type { FilePart, RouteResult } from "./types.ts";

export interface ParsedBody {
  json: unknown;
  files: FilePart[];
}

export async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { __unparseable: text };
  }
}

/** JSON bodies are parsed; multipart bodies yield `payload_json` (parsed) plus file metadata. */
export function parseBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  if (raw.length === 0) return { json: null, files: [] };
  const boundary = /multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(contentType ?? "")?.[1];
  if (!boundary) return { json: parseJson(raw.toString("utf8")), files: [] };
  return parseMultipart(raw, boundary);
}

function parseMultipart(raw: Buffer, boundary: string): ParsedBody {
  const delimiter = Buffer.from(`--${boundary}`);
  const files: FilePart[] = [];
  const fields: Record<string, unknown> = {};
  let json: unknown = null;
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = raw.subarray(start + delimiter.length + 2, next - 2); // skip CRLF both sides
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const content = part.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? "";
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      if (filename !== undefined) {
        const contentType =
          /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? "application/octet-stream";
        files.push({ field: name, filename, contentType, size: content.length });
      } else if (name === "payload_json") {
        json = parseJson(content.toString("utf8"));
      } else {
        fields[name] = content.toString("utf8");
      }
    }
    start = next;
  }
  if (json === null && Object.keys(fields).length > 0) json = fields;
  return { json, files };
}

export function writeResult(res: ServerResponse, result: RouteResult): void {
  const headers: Record<string, string> = { ...result.headers };
  if (result.status === 204 || result.body === undefined) {
    res.writeHead(result.status, headers).end();
    return;
  }
  const text = JSON.stringify(result.body);
  headers["content-type"] = "application/json";
  headers["content-length"] = String(Buffer.byteLength(text));
  res.writeHead(result.status, headers).end(text);
}
