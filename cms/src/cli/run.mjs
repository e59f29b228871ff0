#!/usr/bin/env node
/**
 * node src/cli/run.mjs <script> [args…] — runs src/cli/<script>.ts with plain Node.
 *
 * Our TypeScript (cms/src and the shared content-types source) is bundled with esbuild into
 * .scripts/bin/ and run by plain Node, with npm packages loaded natively — no loader hooks at run time.
 */
import { buildSync } from 'esbuild'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const [script, ...rest] = process.argv.slice(2)
if (!script) {
  console.error('用法：node src/cli/run.mjs <脚本名> [参数]')
  process.exit(2)
}
// Two levels below cms/, like src/lib/, so paths derived from import.meta.url still point at cms/.
const outfile = path.join(cmsDir, '.scripts/bin', `${script}.mjs`)

buildSync({
  entryPoints: [path.join(cmsDir, 'src/cli', `${script}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  // Keep CommonJS packages' require() working inside the ESM bundle.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  // npm packages load natively; only our own source, including the shared package, is bundled.
  packages: 'external',
  // The shared package ships TypeScript: bundle it, its subpaths (…/static-files) included.
  alias: { '@lawpoint/content-types': path.resolve(cmsDir, '../content-types/src') },
})

// Node's resolve conditions come from NODE_OPTIONS, which the repository's .npmrc sets for every npm script
// (README › Node versions: why Node 20 needs `--conditions=development`).
const { status, signal } = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...rest], { stdio: 'inherit' })
process.exit(status ?? (signal ? 1 : 0))
