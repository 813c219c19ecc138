import { createServer, type Server } from "node:http";

/** What /healthz and /metrics report. */
export interface HealthSources {
  gatewayConnected(): boolean;
  knowledgeLoaded(): boolean;
  metrics(): Promise<string>;
  metricsContentType: string;
}

/** Serves /healthz (200 when the gateway is connected and knowledge loaded, else 503) and /metrics. */
export async function startHealthServer(
  port: number,
  host: string,
  sources: HealthSources,
): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== "GET") {
      res.writeHead(405).end();
      return;
    }
    if (req.url === "/healthz") {
      const status = { gateway: sources.gatewayConnected(), knowledge: sources.knowledgeLoaded() };
      const ok = status.gateway && status.knowledge;
      res
        .writeHead(ok ? 200 : 503, { "content-type": "application/json" })
        .end(JSON.stringify({ ok, ...status }));
      return;
    }
    if (req.url === "/metrics") {
      sources.metrics().then(
        (page) => res.writeHead(200, { "content-type": sources.metricsContentType }).end(page),
        () => res.writeHead(500).end(),
      );
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
