/** Why a question may not use the LLM right now; it is answered offline instead. */
export type GateRefusal = "busy" | "budget" | "circuit-open";

/** Settings for the gate in front of the LLM. */
export interface LlmGateOptions {
  concurrency: number;
  queueSize: number;
  /** Tokens per UTC day; 0 means no limit. */
  dailyTokens: number;
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open. */
  openMs: number;
  now?: () => number;
}

/** A granted LLM slot, to be released when the call ends; or why the LLM may not be used. */
export type GateDecision =
  | { granted: true; release: () => void }
  | { granted: false; reason: GateRefusal };

/** Caps concurrency (with a bounded queue), spends a daily token budget, and trips on failures. */
export interface LlmGate {
  /** Waits for a slot, or says at once why the LLM may not be used. */
  acquire(): Promise<GateDecision>;
  spend(tokens: number): void;
  succeeded(): void;
  /** `quota` opens the circuit at once (the provider says we are out of credit). */
  failed(kind: "error" | "quota"): void;
  readonly state: { active: number; queued: number; tokensToday: number; circuitOpen: boolean };
}

export function createLlmGate(options: LlmGateOptions): LlmGate {
  const now = options.now ?? Date.now;
  let active = 0;
  const waiting: (() => void)[] = [];
  let day = utcDay(now());
  let tokensToday = 0;
  let failures = 0;
  let openUntil = 0;

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  const granted: GateDecision = { granted: true, release };
  const rollDay = () => {
    const today = utcDay(now());
    if (today !== day) {
      day = today;
      tokensToday = 0;
    }
  };

  return {
    async acquire() {
      rollDay();
      if (now() < openUntil) return refused("circuit-open");
      if (options.dailyTokens > 0 && tokensToday >= options.dailyTokens) return refused("budget");
      if (active < options.concurrency) {
        active++;
        return granted;
      }
      if (waiting.length >= options.queueSize) return refused("busy");
      // The slot passes straight from the releasing caller to the next waiter.
      await new Promise<void>((resolve) => waiting.push(resolve));
      return granted;
    },
    spend(tokens) {
      rollDay();
      tokensToday += tokens;
    },
    succeeded() {
      failures = 0;
    },
    failed(kind) {
      failures++;
      if (kind === "quota" || failures >= options.failureThreshold) {
        openUntil = now() + options.openMs;
        failures = 0;
      }
    },
    get state() {
      return { active, queued: waiting.length, tokensToday, circuitOpen: now() < openUntil };
    },
  };
}

function refused(reason: GateRefusal): GateDecision {
  return { granted: false, reason };
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
