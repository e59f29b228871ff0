import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { numberToChinese, type Role, type User } from '@lawpoint/content-types'
import { importLaws } from '../src/lawLibrary/import'
import { localPayload } from '../src/lib/localPayload'

export type Actor = Role | 'anonymous'
export const actors: Actor[] = ['anonymous', 'admin', 'editor', 'volunteer', 'liaison']

let instance: Promise<Payload> | undefined
/** The Local API on the test database, with the small law explainers in every file refer to (testLaw). */
export const testPayload = () => (instance ??= localPayload().then(async (payload) => (await ensureTestLaw(payload), payload)))

/** A published law of the library that sample explainers explain (explainers must name a law and article that exist). */
export const testLaw = { title: '中华人民共和国测试法', key: 'test-law', articles: 5 } as const

/** A law file in the format of laws/README.md: a title, its history, one chapter with these articles. */
export function lawMarkdown(title: string, articles: [number, string][], { subtitle, history = ['2020年1月1日 第一次会议通过'] }: { subtitle?: string; history?: string[] } = {}) {
  return [
    `# ${title}`,
    ...(subtitle ? ['', `# ${subtitle}`] : []),
    '',
    ...history.flatMap((h) => [h, '']),
    '<!-- INFO END -->',
    '',
    '## 第一章 总则',
    '',
    ...articles.flatMap(([n, text]) => [`第${numberToChinese(n)}条 ${text}`, '']),
  ].join('\n')
}

async function ensureTestLaw(payload: Payload) {
  const found = await payload.count({ collection: 'laws', where: { key: { equals: testLaw.key } } })
  if (found.totalDocs) return
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawpoint-test-law-'))
  fs.writeFileSync(path.join(dir, 'keys.json'), JSON.stringify({ [testLaw.title]: testLaw.key }))
  fs.writeFileSync(
    path.join(dir, '测试法.md'),
    lawMarkdown(testLaw.title, Array.from({ length: testLaw.articles }, (_, i) => [i + 1, `测试法第${i + 1}条的内容。`])),
  )
  const result = await importLaws(payload, dir, { queueBuild: false })
  fs.rmSync(dir, { recursive: true, force: true })
  if (result.failed.length) throw new Error(`测试法律导入失败：${JSON.stringify(result.failed)}`)
}

/** Distinct accounts for each role (a suffix keeps files independent on the shared database). */
export async function makeUsers(payload: Payload, suffix: string) {
  const point = await payload.create({
    collection: 'collection-points',
    data: { name: `测试采集点 ${suffix}`, kind: 'collection-point', _status: 'published', liaisonName: '测试联络员', liaisonPhone: '13900000000' },
  })
  const otherPoint = await payload.create({
    collection: 'collection-points',
    data: { name: `另一采集点 ${suffix}`, kind: 'collection-point', _status: 'published' },
  })
  const users = {} as Record<Role, User>
  for (const role of ['admin', 'editor', 'volunteer', 'liaison'] as Role[]) {
    users[role] = (await payload.create({
      collection: 'users',
      data: {
        email: `${role}-${suffix}@test.local`,
        password: `pw-${role}-${suffix}`,
        name: `${role} ${suffix}`,
        role,
        ...(role === 'liaison' ? { collectionPoint: point.id } : {}),
      },
    })) as User
  }
  return { users, point, otherPoint }
}

export const password = (role: Role, suffix: string) => `pw-${role}-${suffix}`

/** Runs an operation as an actor and reports whether access allowed it. */
export async function allowed(op: () => Promise<unknown>): Promise<boolean> {
  try {
    await op()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401 || status === 404) return false
    throw error
  }
}
