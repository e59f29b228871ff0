/**
 * Deploy target: an S3-compatible bucket (AWS S3, MinIO, Aliyun OSS, Tencent COS…), when
 * SITE_S3_BUCKET is set. Only changed files are uploaded (compared by MD5 with the objects' ETags,
 * which for single-part uploads are the MD5), pages after assets so a page never references an asset
 * not yet uploaded; files gone from the build are deleted last.
 *
 * SITE_S3_BUCKET, SITE_S3_PREFIX (optional key prefix), SITE_S3_ENDPOINT (non-AWS), SITE_S3_REGION
 * (default us-east-1), SITE_S3_FORCE_PATH_STYLE=true for MinIO; credentials from the usual AWS_*
 * variables (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { cacheControlFor, contentTypeFor } from '@lawpoint/content-types/static-files'
import { env } from '../../env'

export interface LocalFile {
  key: string
  md5: string
  size: number
}
export interface RemoteObject {
  key: string
  etag: string
  size: number
}
export interface SyncPlan {
  upload: LocalFile[]
  remove: string[]
  unchanged: number
}

// Entry points go last, after the content-addressed files they name (the search manifest names its index buckets).
const uploadLast = (k: string) => k.endsWith('.html') || k.endsWith('search/manifest.json') || k.endsWith('pagefind-entry.json') || k.endsWith('.xml')

/** Decides what to upload and delete. Pure, unit-tested. */
export function planSync(local: LocalFile[], remote: RemoteObject[]): SyncPlan {
  const remoteByKey = new Map(remote.map((r) => [r.key, r]))
  const localKeys = new Set(local.map((l) => l.key))
  const upload: LocalFile[] = []
  let unchanged = 0
  for (const file of local) {
    const r = remoteByKey.get(file.key)
    if (r && r.size === file.size && r.etag.replace(/"/g, '').toLowerCase() === file.md5) unchanged++
    else upload.push(file)
  }
  // Assets first, HTML and Pagefind's entry last: a page never goes up before what it loads.
  upload.sort((a, b) => Number(uploadLast(a.key)) - Number(uploadLast(b.key)) || a.key.localeCompare(b.key))
  const remove = remote.map((r) => r.key).filter((k) => !localKeys.has(k))
  return { upload, remove, unchanged }
}

export function listLocal(dir: string, prefix = ''): LocalFile[] {
  const out: LocalFile[] = []
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full)
      else {
        const buf = fs.readFileSync(full)
        out.push({ key: prefix + path.relative(dir, full).split(path.sep).join('/'), md5: createHash('md5').update(buf).digest('hex'), size: buf.length })
      }
    }
  }
  walk(dir)
  return out
}

export function s3Configured(): boolean {
  return Boolean(env.SITE_S3_BUCKET)
}

export async function deployToS3(dist: string, log: (line: string) => void): Promise<void> {
  const { S3Client, ListObjectsV2Command, PutObjectCommand, DeleteObjectsCommand } = await import('@aws-sdk/client-s3')
  const Bucket = env.SITE_S3_BUCKET!
  const prefix = env.SITE_S3_PREFIX.replace(/^\/+/, '').replace(/([^/])$/, '$1/')
  const client = new S3Client({
    region: env.SITE_S3_REGION,
    endpoint: env.SITE_S3_ENDPOINT,
    forcePathStyle: env.SITE_S3_FORCE_PATH_STYLE,
  })
  const remote: RemoteObject[] = []
  let ContinuationToken: string | undefined
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix || undefined, ContinuationToken }))
    for (const o of page.Contents ?? []) if (o.Key) remote.push({ key: o.Key, etag: o.ETag ?? '', size: o.Size ?? -1 })
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (ContinuationToken)
  const plan = planSync(listLocal(dist, prefix), remote)
  log(`S3 ${Bucket}: 上传 ${plan.upload.length} 个，删除 ${plan.remove.length} 个，未变 ${plan.unchanged} 个`)
  const put = async (f: LocalFile) => {
    const rel = f.key.slice(prefix.length)
    await client.send(
      new PutObjectCommand({
        Bucket,
        Key: f.key,
        Body: fs.readFileSync(path.join(dist, rel)),
        ContentType: contentTypeFor(rel),
        CacheControl: cacheControlFor(rel),
      }),
    )
  }
  const parallel = async (files: LocalFile[]) => {
    const queue = [...files]
    const worker = async () => {
      for (let f = queue.shift(); f; f = queue.shift()) await put(f)
    }
    await Promise.all(Array.from({ length: 8 }, worker))
  }
  // Assets first, then pages and the search entry point, then deletions.
  await parallel(plan.upload.filter((f) => !uploadLast(f.key)))
  await parallel(plan.upload.filter((f) => uploadLast(f.key)))
  for (let i = 0; i < plan.remove.length; i += 1000)
    await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: plan.remove.slice(i, i + 1000).map((Key) => ({ Key })) } }))
}
