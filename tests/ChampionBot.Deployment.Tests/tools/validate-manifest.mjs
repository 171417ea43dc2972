// Validates a Teams app manifest with @microsoft/app-manifest against the schema bundled in that package (offline).
// Usage: node validate-manifest.mjs <manifest.json>   (run with the repository root as the working directory
// or NODE_PATH pointing at its node_modules). Prints "VALID <schema url>" and exits 0, or one error per line and exits 1.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";

const require = createRequire(path.join(process.cwd(), "package.json"));
const { AppManifestUtils, TeamsManifestConverter } = require("@microsoft/app-manifest");

// The package falls back to a download when it has no local copy of a schema; this run must never leave the machine.
globalThis.fetch = async (url) => {
  throw new Error(`network access attempted during validation: ${url}`);
};

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate-manifest.mjs <manifest.json>");
  process.exit(2);
}

const manifest = TeamsManifestConverter.jsonToManifest(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
const errors = await AppManifestUtils.validateAgainstSchema(manifest);
if (errors.length > 0) {
  for (const error of errors) {
    console.log(`ERROR ${error}`);
  }
  process.exit(1);
}

console.log(`VALID ${manifest.$schema} (manifestVersion ${manifest.manifestVersion}, @microsoft/app-manifest ${require("@microsoft/app-manifest/package.json").version})`);
