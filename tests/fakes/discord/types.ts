/** Types shared by the fake's modules and its users. */

/** One multipart file part (the bytes are not kept). */
export interface FilePart {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

/** A REST request as the fake saw it. The Authorization header is never recorded. */
export interface RecordedRequest {
  method: string;
  /** Decoded path without the `/api/v10` prefix, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  /** Method plus route template, e.g. `POST /interactions/:id/:token/callback`; unmatched: `GET <path>`. */
  route: string;
  /** Parsed JSON body (for multipart: the parsed `payload_json` part), or null. */
  body: unknown;
  query: Record<string, string>;
  files: FilePart[];
  /** performance.now() when the request arrived. */
  at: number;
  /** The HTTP status the fake answered with. */
  status: number;
  /** The JSON the fake answered with (null for 204). */
  response: unknown;
}

export interface RequestMatch {
  method?: string;
  /** Compared with `route` (with or without the method) when a string; tested on route and path when a RegExp. */
  route?: string | RegExp;
}

export interface FailResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeDiscordOptions {
  /** Port on 127.0.0.1 (default 0: a random free port). */
  port?: number;
  /** Bot token the client must present (REST `Authorization: Bot <token>`, gateway IDENTIFY). */
  token?: string;
  /** HELLO heartbeat_interval in ms (default 41250, like Discord). */
  heartbeatIntervalMs?: number;
  /** An initial callback later than this after delivery gets 10062 Unknown interaction (default 3000; null disables). */
  interactionTimeoutMs?: number | null;
  /** Dispatch MESSAGE_CREATE for messages the bot sends via REST, like Discord does (default false). */
  echoBotMessages?: boolean;
  /**
   * Privileged gateway intents (a GatewayIntentBits mask of GuildMembers, GuildPresences,
   * MessageContent) the application is approved for; IDENTIFY asking for others is closed with
   * 4014 Disallowed intent(s), as Discord does (default 0: none approved).
   */
  allowedPrivilegedIntents?: number;
}

/** A request the fake rejected because Discord would: a broken rule of its API. */
export interface Violation {
  /** The spec operation (`POST /channels/{channel_id}/messages`), or `GATEWAY IDENTIFY`. */
  where: string;
  /** One line per broken rule, naming the field and the rule, e.g. `content: BASE_TYPE_MAX_LENGTH (Must be 2000 or fewer in length.)`. */
  rules: string[];
  /** The HTTP status, or the gateway close code, the fake answered with. */
  status: number;
  /** The rejected body (the IDENTIFY payload with its token removed, for the gateway). */
  body: unknown;
}

export interface SendMessageOptions {
  content: string;
  authorId?: string;
  bot?: boolean;
  /** Guild text channel (default) or the author's DM channel. */
  guild?: boolean;
  channelId?: string;
  /** Adds the bot to `mentions` and `<@botId>` to the content. */
  mentionsBot?: boolean;
  replyToMessageId?: string;
  /** With replyToMessageId: mention the replied-to author, as Discord's default reply does (default true). */
  replyPing?: boolean;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Thrown by route handlers; becomes a Discord-shaped error response. `violation` marks a request
 * that broke a rule of Discord's API (as opposed to asking about something that does not exist).
 */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Record<string, unknown>,
    readonly violation = false,
  ) {
    super(message);
  }

  toBody(): Record<string, unknown> {
    return { message: this.message, code: this.code, ...(this.errors && { errors: this.errors }) };
  }
}
