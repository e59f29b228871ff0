import { deployToS3, s3Configured } from './s3'

export interface DeployTarget {
  name: string
  deploy: (dist: string, log: (line: string) => void) => Promise<void>
}

/**
 * Where a validated build goes before `live` is switched. The local directory (served by
 * scripts/src/serve-site.ts or nginx) is always the default; an S3 bucket is added when configured.
 */
export function deployTargets(): DeployTarget[] {
  const targets: DeployTarget[] = []
  if (s3Configured()) targets.push({ name: 's3', deploy: deployToS3 })
  return targets
}
