/**
 * The whole access matrix through the Local API with overrideAccess: false:
 * every role (and anonymous) × every collection × create / read / update / delete.
 */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Role, User } from '@lawpoint/content-types'
import { actors, allowed, makeUsers, testPayload, type Actor } from './helpers'
import { refs, sample } from './fixtures'
import { hasDrafts, matrix, publishedAndDraft } from './matrix'

let payload: Payload
let users: Record<Role, User>
const as = (actor: Actor) => ({ overrideAccess: false, user: actor === 'anonymous' ? undefined : users[actor] })

beforeAll(async () => {
  payload = await testPayload()
  ;({ users } = await makeUsers(payload, 'matrix'))
  refs.lecture = (await payload.create({ collection: 'lectures', data: sample('lectures', { _status: 'published' }) as never })).id
})

describe.each(Object.entries(matrix))('%s', (slug, rules) => {
  const collection = slug as CollectionSlug
  let published: string | number
  let draft: string | number

  beforeAll(async () => {
    ;({ published, draft } = await publishedAndDraft(payload, collection))
  })

  it.each(actors)('%s', async (actor) => {
    const rule = rules[actor]

    const canCreate = await allowed(() =>
      payload.create({ collection, data: sample(collection, { _status: 'draft' }) as never, draft: hasDrafts(collection), ...as(actor) }),
    )
    expect(canCreate, 'create').toBe(rule.create)

    let visible: (string | number)[] = []
    const canRead = await allowed(async () => {
      const found = await payload.find({
        collection,
        where: { id: { in: [published, draft] } },
        draft: true,
        depth: 0,
        ...as(actor),
      })
      visible = found.docs.map((d) => d.id)
    })
    const expected = rule.read === 'all' ? [published, draft] : rule.read === 'published' ? [published] : []
    expect(visible.sort(), 'read').toEqual(expected.sort())
    if (rule.read === 'none') expect(canRead, 'read is refused outright').toBe(false)

    const canUpdate = await allowed(() =>
      payload.update({ collection, id: draft, data: {} as never, draft: hasDrafts(collection), ...as(actor) }),
    )
    expect(canUpdate, 'update').toBe(rule.update)

    const victim = (
      await payload.create({ collection, data: sample(collection, { _status: 'published' }) as never })
    ).id
    const canDelete = await allowed(() => payload.delete({ collection, id: victim, ...as(actor) }))
    expect(canDelete, 'delete').toBe(rule.delete)
  })
})
