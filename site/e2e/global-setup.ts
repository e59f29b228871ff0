import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildFixtureSite } from '../test/build-site'

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string
  }
}

/** One fixture build for all browser tests. The CMS URL points at a closed port: "server unreachable". */
export default async function setup(project: TestProject) {
  const dist = process.env.E2E_DIST ?? (await buildFixtureSite({ PUBLIC_CMS_URL: 'http://127.0.0.1:9' }))
  project.provide('dist', dist)
  return () => {
    if (!process.env.E2E_DIST) rmSync(dirname(dist), { recursive: true, force: true })
  }
}
