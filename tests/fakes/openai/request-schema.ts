/**
 * The Chat Completions request body as a zod schema, held to the openai SDK's request types: it
 * is checked at compile time against `ChatCompletionCreateParams`, so an SDK upgrade that changes
 * a modelled shape, or adds or drops a parameter, breaks the typecheck until this file follows.
 */

import type {
  ChatCompletionContentPart,
  ChatCompletionContentPartRefusal,
  ChatCompletionContentPartText,
  ChatCompletionCreateParamsBase,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
import { z } from "zod";

const opt = z.exactOptional;

const breakpoint = z.strictObject({ mode: z.literal("explicit") });
const textPart = z.strictObject({
  type: z.literal("text"),
  text: z.string(),
  prompt_cache_breakpoint: opt(breakpoint),
});
const userPart = z.discriminatedUnion("type", [
  textPart,
  z.strictObject({
    type: z.literal("image_url"),
    image_url: z.strictObject({
      url: z.string(),
      detail: opt(z.enum(["auto", "low", "high"])),
    }),
    prompt_cache_breakpoint: opt(breakpoint),
  }),
  z.strictObject({
    type: z.literal("input_audio"),
    input_audio: z.strictObject({ data: z.string(), format: z.enum(["wav", "mp3"]) }),
    prompt_cache_breakpoint: opt(breakpoint),
  }),
  z.strictObject({
    type: z.literal("file"),
    file: z.strictObject({
      file_data: opt(z.string()),
      file_id: opt(z.string()),
      filename: opt(z.string()),
    }),
    prompt_cache_breakpoint: opt(breakpoint),
  }),
]);
const refusalPart = z.strictObject({ type: z.literal("refusal"), refusal: z.string() });
const textContent = z.union([z.string(), z.array(textPart)]);

// Assistant messages without tool_calls, function_call or audio: the fake serves no tool flows.
const message = z.discriminatedUnion("role", [
  z.strictObject({ role: z.literal("developer"), content: textContent, name: opt(z.string()) }),
  z.strictObject({ role: z.literal("system"), content: textContent, name: opt(z.string()) }),
  z.strictObject({
    role: z.literal("user"),
    content: z.union([z.string(), z.array(userPart)]),
    name: opt(z.string()),
  }),
  z.strictObject({
    role: z.literal("assistant"),
    content: opt(
      z.nullable(
        z.union([z.string(), z.array(z.discriminatedUnion("type", [textPart, refusalPart]))]),
      ),
    ),
    name: opt(z.string()),
    refusal: opt(z.nullable(z.string())),
  }),
  z.strictObject({ role: z.literal("tool"), content: textContent, tool_call_id: z.string() }),
  z.strictObject({
    role: z.literal("function"),
    content: z.nullable(z.string()),
    name: z.string(),
  }),
]);

const responseFormat = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("text") }),
  z.strictObject({ type: z.literal("json_object") }),
  z.strictObject({
    type: z.literal("json_schema"),
    json_schema: z.strictObject({
      name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/),
      description: opt(z.string()),
      schema: opt(z.record(z.string(), z.unknown())),
      strict: opt(z.nullable(z.boolean())),
    }),
  }),
]);

/** The parameters the fake models; the rest of the SDK's are ignored or refused below. */
const modelled = {
  model: z.string(),
  messages: z.array(message).min(1),
  stream: opt(z.nullable(z.boolean())),
  stream_options: opt(
    z.nullable(
      z.strictObject({ include_obfuscation: opt(z.boolean()), include_usage: opt(z.boolean()) }),
    ),
  ),
  max_tokens: opt(z.nullable(z.int().min(1))),
  max_completion_tokens: opt(z.nullable(z.int().min(1))),
  temperature: opt(z.nullable(z.number().min(0).max(2))),
  response_format: opt(responseFormat),
};

/** SDK parameters that do not change what the fake answers; accepted as sent. */
const IGNORED = [
  "frequency_penalty",
  "logit_bias",
  "logprobs",
  "metadata",
  "moderation",
  "n",
  "presence_penalty",
  "prompt_cache_key",
  "prompt_cache_options",
  "prompt_cache_retention",
  "reasoning_effort",
  "safety_identifier",
  "seed",
  "service_tier",
  "stop",
  "store",
  "top_logprobs",
  "top_p",
  "user",
  "verbosity",
] as const;

/** SDK parameters asking for what the fake cannot serve (tools, audio, …); askme sends none. */
export const UNSUPPORTED = [
  "audio",
  "function_call",
  "functions",
  "modalities",
  "parallel_tool_calls",
  "prediction",
  "tool_choice",
  "tools",
  "web_search_options",
] as const;

/** A whole chat request body: modelled parameters checked, ignored ones accepted, others refused. */
export const chatRequestSchema = z
  .object({
    ...modelled,
    ...Object.fromEntries(IGNORED.map((key) => [key, opt(z.unknown())])),
  })
  .strict();

// Compile-time ties to the SDK. Mutual assignability: each side accepts what the other does.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type Base = ChatCompletionCreateParamsBase;
type Modelled = keyof typeof modelled;
type Listed = Modelled | (typeof IGNORED)[number] | (typeof UNSUPPORTED)[number];
type Simple = Exclude<Modelled, "messages">;
type Input<K extends Modelled> = z.input<z.ZodObject<Pick<typeof modelled, K>>>;

/** Fails to compile when the SDK's request shape and this file's schema drift apart. */
export type SdkShapeChecks = [
  // Every SDK parameter is modelled, ignored or refused, and no other name is.
  Assert<Same<Listed, keyof Base>>,
  // The modelled parameters other than messages take exactly what the SDK's types take.
  Assert<Same<Input<Simple>, Pick<Base, Simple>>>,
  // Every message the fake accepts is one the SDK can send, with the SDK's roles and parts.
  Assert<z.input<typeof message> extends ChatCompletionMessageParam ? true : false>,
  Assert<Same<z.input<typeof message>["role"], ChatCompletionMessageParam["role"]>>,
  Assert<Same<z.input<typeof userPart>, ChatCompletionContentPart>>,
  Assert<Same<z.input<typeof textPart>, ChatCompletionContentPartText>>,
  Assert<Same<z.input<typeof refusalPart>, ChatCompletionContentPartRefusal>>,
];
