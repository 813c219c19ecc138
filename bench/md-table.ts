/** A Markdown table. */
type Row = (string | number)[];
export const table = (head: string[], rows: Row[]) =>
  [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
