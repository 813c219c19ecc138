import { type Behaviour, fail, reply, replyWith } from "./script.ts";

/** Replies with a JSON value as the message content, as a structured-output completion does. */
export function replyJson(value: unknown): Behaviour {
  return reply(JSON.stringify(value));
}

/**
 * A server without structured output: a request with `response_format` gets a 400, as servers
 * that do not know the parameter answer; any other request gets `otherwise`.
 */
export function rejectResponseFormat(otherwise: Behaviour = reply("{}")): Behaviour {
  return replyWith((body) =>
    body.response_format
      ? fail(400, { message: "Unrecognized request argument supplied: response_format" })
      : otherwise,
  );
}
