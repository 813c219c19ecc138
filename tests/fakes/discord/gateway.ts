/** The Gateway over WebSocket: HELLO, heartbeats, IDENTIFY → READY + GUILD_CREATE, RESUME replay. */

import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import type { Violation } from "./types.ts";
import { identifyProblem } from "./validate-identify.ts";

export interface GatewayConfig {
  token: string;
  heartbeatIntervalMs: number;
  /** READY's `d` for a new session. */
  ready: (sessionId: string) => unknown;
  /** The GUILD_CREATE payloads that follow READY. */
  guildCreates: () => unknown[];
  /** Privileged intents the application is approved for (GatewayIntentBits mask). */
  allowedPrivilegedIntents: number;
  /** Told about each IDENTIFY Discord would refuse. */
  onViolation: (violation: Violation) => void;
}

type Dispatch = { op: 0; t: string; s: number; d: unknown };
type Counters = { connections: number; heartbeats: number; identifies: number; resumes: number };
export type GatewayStats = Counters & { connected: boolean; sessionId: string | null; seq: number };

const MAX_REPLAY = 1000;

export class Gateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  private socket: WebSocket | null = null;
  private session: { id: string; seq: number; log: Dispatch[] } | null = null;
  /** Dispatches requested before any session existed; flushed after the first READY. */
  private pending: { t: string; d: unknown }[] = [];
  private readonly stats: Counters = { connections: 0, heartbeats: 0, identifies: 0, resumes: 0 };

  constructor(private readonly config: GatewayConfig) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws));
  }

  /** Sends (or queues for replay) a dispatch; returns performance.now() at hand-off. */
  dispatch(t: string, d: unknown): number {
    if (!this.session) {
      this.pending.push({ t, d });
      return performance.now();
    }
    return this.emit(t, d);
  }

  /** Closes the live socket with a (by default resumable) close code; the session survives. */
  drop(code: number): void {
    const ws = this.socket;
    this.socket = null;
    ws?.close(code, "Fake Discord dropped the connection");
  }

  snapshot(): GatewayStats {
    return {
      ...this.stats,
      connected: this.socket !== null,
      sessionId: this.session?.id ?? null,
      seq: this.session?.seq ?? 0,
    };
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    this.socket = null;
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(ws: WebSocket): void {
    this.stats.connections++;
    ws.on("message", (data) => this.onMessage(ws, data));
    ws.on("error", () => {});
    ws.on("close", (code) => {
      if (this.socket !== ws) return;
      this.socket = null;
      if (code === 1000 || code === 1001) this.session = null; // a clean close ends the session
    });
    this.op(ws, 10, { heartbeat_interval: this.config.heartbeatIntervalMs });
  }

  private onMessage(ws: WebSocket, data: RawData): void {
    let payload: { op?: unknown; d?: Record<string, unknown> | null };
    try {
      payload = JSON.parse(String(data));
    } catch {
      ws.close(4002, "Error while decoding payload.");
      return;
    }
    switch (payload.op) {
      case 1:
        this.stats.heartbeats++;
        this.op(ws, 11, null);
        return;
      case 2:
        this.identify(ws, payload.d ?? {});
        return;
      case 6:
        this.resume(ws, payload.d ?? {});
        return;
      case 3:
      case 4:
      case 8:
        return; // presence / voice / member requests: accepted, ignored
      default:
        ws.close(4001, "Unknown opcode.");
    }
  }

  private identify(ws: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.config.token) {
      ws.close(4004, "Authentication failed.");
      return;
    }
    const problem = identifyProblem(d, this.config.allowedPrivilegedIntents);
    if (problem) {
      const { token: _token, ...shown } = d;
      this.config.onViolation({
        where: "GATEWAY IDENTIFY",
        rules: [`d.${problem.field}: ${problem.code} ${problem.reason} (${problem.detail})`],
        status: problem.code,
        body: shown,
      });
      ws.close(problem.code, problem.reason);
      return;
    }
    this.stats.identifies++;
    this.socket = ws;
    this.session = { id: randomBytes(16).toString("hex"), seq: 0, log: [] };
    this.emit("READY", this.config.ready(this.session.id));
    for (const guild of this.config.guildCreates()) this.emit("GUILD_CREATE", guild);
    for (const { t, d: data } of this.pending.splice(0)) this.emit(t, data);
  }

  private resume(ws: WebSocket, d: Record<string, unknown>): void {
    const session = this.session;
    const since = typeof d.seq === "number" ? d.seq : 0;
    const oldest = session?.log[0]?.s ?? 1;
    if (
      !session ||
      d.session_id !== session.id ||
      d.token !== this.config.token ||
      since < oldest - 1
    ) {
      this.op(ws, 9, false); // INVALID_SESSION, not resumable: the client re-identifies
      return;
    }
    this.stats.resumes++;
    this.socket = ws;
    for (const entry of session.log) if (entry.s > since) this.send(ws, entry);
    this.send(ws, { op: 0, t: "RESUMED", s: session.seq, d: {} });
  }

  private emit(t: string, d: unknown): number {
    const session = this.session as NonNullable<Gateway["session"]>;
    const entry: Dispatch = { op: 0, t, s: ++session.seq, d };
    session.log.push(entry);
    if (session.log.length > MAX_REPLAY) session.log.shift();
    const at = performance.now();
    if (this.socket) this.send(this.socket, entry);
    return at;
  }

  private op(ws: WebSocket, op: number, d: unknown): void {
    this.send(ws, { op, d, s: null, t: null });
  }

  private send(ws: WebSocket, payload: unknown): void {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
  }
}
