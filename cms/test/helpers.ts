import type { Payload } from 'payload'
import type { Role, User } from '@lawpoint/content-types'
import { localPayload } from '../src/lib/localPayload'

export type Actor = Role | 'anonymous'
export const actors: Actor[] = ['anonymous', 'admin', 'editor', 'volunteer', 'liaison']

let instance: Promise<Payload> | undefined
export const testPayload = () => (instance ??= localPayload())

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
