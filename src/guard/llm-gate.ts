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

/** Caps concurrency (with a bounded queue), spends a daily token budget, and trips on failures. */
export interface LlmGate {
  /** Waits for a slot; returns a release function, or why the LLM may not be used. */
  acquire(): Promise<(() => void) | GateRefusal>;
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
      if (now() < openUntil) return "circuit-open";
      if (options.dailyTokens > 0 && tokensToday >= options.dailyTokens) return "budget";
      if (active < options.concurrency) {
        active++;
        return release;
      }
      if (waiting.length >= options.queueSize) return "busy";
      // The slot passes straight from the releasing caller to the next waiter.
      await new Promise<void>((resolve) => waiting.push(resolve));
      return release;
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

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
