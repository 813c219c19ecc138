/** An embed in surface-neutral form; Discord renders it as an embed, the console as text. */
export interface EmbedView {
  title: string;
  description: string;
  url?: string;
  footer?: string;
}

/** A button under a message; its id comes back when someone presses it. */
export interface ButtonView {
  id: string;
  label: string;
  emoji?: string;
  style: "primary" | "secondary";
}

/** A message a command wants to send, before any surface turns it into its own format. */
export interface OutgoingMessage {
  content?: string;
  embeds?: EmbedView[];
  /** Visible only to the person who asked (Discord ephemeral replies). */
  ephemeral?: boolean;
  /** Suppress link previews, for text whose links we did not write. */
  suppressEmbeds?: boolean;
  /** Shown under the last piece of the message. */
  buttons?: ButtonView[];
}
