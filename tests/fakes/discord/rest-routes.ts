/** The REST route table: assembles the route groups and their shared dependencies. */

import type { Gateway } from "./gateway.ts";
import { callbackRoutes } from "./rest-callback.ts";
import { channelRoutes } from "./rest-channels.ts";
import { coreRoutes } from "./rest-core.ts";
import { webhookRoutes } from "./rest-webhooks.ts";
import { Router } from "./router.ts";
import type { FakeState } from "./state.ts";

export interface RestDeps {
  state: FakeState;
  gateway: Gateway;
  /** ws://127.0.0.1:PORT */
  gatewayUrl: () => string;
  interactionTimeoutMs: number | null;
  echoBotMessages: boolean;
}

export function buildRouter(deps: RestDeps): Router {
  return new Router([
    ...coreRoutes(deps),
    ...callbackRoutes(deps),
    ...webhookRoutes(deps),
    ...channelRoutes(deps),
  ]);
}
