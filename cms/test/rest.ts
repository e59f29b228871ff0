import { inject } from 'vitest'

export const cmsUrl = () => inject('cmsUrl')

export type Session = { token?: string }

/** A REST call to the running CMS as a logged-in user (JWT) or anonymously. */
export async function api(path: string, init: RequestInit & { json?: unknown; session?: Session } = {}) {
  const headers = new Headers(init.headers)
  if (init.json !== undefined) headers.set('content-type', 'application/json')
  if (init.session?.token) headers.set('authorization', `JWT ${init.session.token}`)
  const res = await fetch(`${cmsUrl()}${path}`, {
    ...init,
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    redirect: 'manual',
  })
  const text = await res.text()
  let body: any
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    body = text
  }
  return { status: res.status, body, headers: res.headers }
}

export async function login(email: string, password: string): Promise<Session> {
  const res = await api('/api/users/login', { method: 'POST', json: { email, password } })
  if (res.status !== 200) throw new Error(`登录失败 ${email}: ${res.status} ${JSON.stringify(res.body)}`)
  return { token: res.body.token }
}
