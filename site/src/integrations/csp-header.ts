/**
 * Writes this build's Content-Security-Policy in header form to dist/_lawpoint/csp.txt (lib/csp.ts), beside
 * the pages that carry it as a meta tag: `npm run serve:site` sends it with every file of the build it serves.
 */
import type { AstroIntegration } from 'astro'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cspHeaderFile } from '@lawpoint/content-types/static-files'
import { siteCsp } from '../lib/csp'

export default function cspHeader(): AstroIntegration {
  return {
    name: 'lawpoint-csp-header',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = join(fileURLToPath(dir), cspHeaderFile)
        mkdirSync(dirname(file), { recursive: true })
        writeFileSync(file, `${siteCsp.header}\n`)
      },
    },
  }
}
