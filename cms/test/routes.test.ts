/** Every CMS route the site, the admin and the scripts build from content-types is served by an endpoint. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiRoutes } from '@lawpoint/content-types'
import { testPayload } from './helpers'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const served = (p: Payload): { method: string; pattern: RegExp }[] => {
  const toRegex = (prefix: string, path: string) => new RegExp(`^${prefix}${path.replace(/:[A-Za-z]+/g, '[^/]+')}$`)
  const own = (p.config.endpoints || []).map((e) => ({ method: e.method, pattern: toRegex('/api', e.path) }))
  const perCollection = p.config.collections.flatMap((c) =>
    (c.endpoints || []).map((e) => ({ method: e.method, pattern: toRegex(`/api/${c.slug}`, e.path) })),
  )
  return [...own, ...perCollection]
}

const used: [string, string][] = [
  ['post', apiRoutes.opinions],
  ['get', apiRoutes.opinionStatus],
  ['post', apiRoutes.registrations],
  ['post', apiRoutes.cancelRegistration],
  ['get', apiRoutes.challenge],
  ['get', apiRoutes.stats],
  ['get', apiRoutes.opinionReceipt('YJ261201-K7M-2QX-9AB')],
  ['get', apiRoutes.registrationResult('ABCDEFGH')],
  ['get', apiRoutes.registrationReceived(7)],
  ['get', apiRoutes.checkInQr('ABCDEFGH')],
  ['get', apiRoutes.lectureCalendar(7)],
  ['get', apiRoutes.consultationReport(3, 'xlsx')],
  ['get', apiRoutes.lectureRegistrations(3, 'csv')],
  ['get', apiRoutes.adoptedOpinions('xlsx')],
  ['get', apiRoutes.checkIn('ABCDEFGH')],
  ['post', apiRoutes.checkIn()],
  ['post', apiRoutes.rebuildSite],
  ['post', apiRoutes.recapSubmit()],
  ['post', apiRoutes.recapSubmit(5)],
  ['post', apiRoutes.recapReturn(5)],
  ['get', apiRoutes.preview('news', 5)],
]

describe('API routes', () => {
  it.each(used)('%s %s has an endpoint', (method, route) => {
    const path = route.split('?')[0]!
    expect(served(payload).some((e) => e.method === method && e.pattern.test(path))).toBe(true)
  })
})
