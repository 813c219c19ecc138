import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Fakes bind real sockets; a generous timeout keeps a loaded 2-core CI machine from flaking.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
