import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { reportHtml } from "../report/html.ts";
import { reportText } from "../report/plain.ts";
import { databasePath } from "../store/open.ts";
import { createStore } from "../store/store.ts";
import { CliError, exitWithError, parseCommandLine } from "./fail.ts";

const USAGE = `Usage: npm run report -- [--days N] [--json] [--out FILE]
  Summarises recorded usage: unanswered questions, answers voted down, popular sections and
  entries, answers per day, latency and tokens. Always writes a self-contained HTML page.
  --days N    how many days back, today included (default 30)
  --json      print the figures as one JSON object instead of text (logs go to stderr)
  --out FILE  where to write the HTML page (default: DATA_DIR/report.html)`;

/** `npm run report`: prints the usage summary and writes the HTML report. */
async function main() {
  const { values } = parseCommandLine(
    {
      options: {
        days: { type: "string", default: "30" },
        json: { type: "boolean", default: false },
        out: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 3660) {
    throw new CliError(`--days must be a whole number from 1 to 3660, not "${values.days}"`);
  }
  const config = loadConfig();
  // Opening the store would create an empty one; a typo in DATA_DIR deserves a clear answer.
  if (!existsSync(databasePath(config.DATA_DIR))) {
    throw new CliError(
      `no usage recorded yet: ${databasePath(config.DATA_DIR)} does not exist (is DATA_DIR right?)`,
    );
  }
  const logger = createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
  const store = createStore({
    dataDir: config.DATA_DIR,
    storeQuestions: config.STORE_QUESTIONS,
    retentionDays: config.RETENTION_DAYS,
    logger,
  });
  if (!store.available)
    throw new CliError("the usage store could not be opened (see the log above)");
  const data = store.summary(days);
  store.close();

  const out = values.out ?? join(config.DATA_DIR, "report.html");
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, reportHtml(data));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(data)}\n`);
    logger.info({ out }, "HTML report written");
  } else {
    process.stdout.write(`${reportText(data)}\nHTML report: ${out}\n`);
  }
}

main().catch(exitWithError);
