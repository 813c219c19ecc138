export async function startBot(_core: unknown): Promise<void> {
  throw new Error("not yet");
}
